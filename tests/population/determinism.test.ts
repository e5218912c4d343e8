import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import type { PopulationChunk } from '../../src/core/population';
import { CHUNK_SIZE, chunkSpans, generateChunk, generatePopulation } from '../../src/core/population';
import type { Scenario } from '../../src/core/scenario';
import { scenarioWith } from './scenario-builder';
import { generate } from '../../src/core/population/generate-task';

/** Random valid scenarios: 1–5 attributes, conditional tables and shifts on earlier categoricals. */
const arbitraryScenario: fc.Arbitrary<Scenario> = fc
  .record({
    size: fc.integer({ min: 1, max: 80_000 }),
    kinds: fc.array(fc.constantFrom('categorical', 'conditional', 'normal', 'lognormal', 'uniform', 'beta'), { minLength: 1, maxLength: 5 }),
    weights: fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 }), { minLength: 64, maxLength: 64 }),
    shift: fc.double({ min: -2, max: 2, noNaN: true }),
    seed: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer()),
  })
  .map(({ size, kinds, weights, shift, seed }) => {
    let w = 0;
    // Each weight row gets a 1 at the end, so at least one weight is positive.
    const nextWeights = (k: number) => [...(weights[w++ % weights.length] ?? []).slice(0, k - 1), 1];
    const categorical: { id: string; k: number }[] = [];
    const attributes = kinds.map((kind, i) => {
      const id = `a${i}`;
      const parent = categorical[categorical.length - 1];
      if (kind === 'categorical' || (kind === 'conditional' && !parent)) {
        const k = 2 + (i % 3);
        categorical.push({ id, k });
        return { id, type: 'categorical', categories: cats(k), weights: nextWeights(k) };
      }
      if (kind === 'conditional' && parent) {
        const k = 3;
        categorical.push({ id, k });
        const table = Object.fromEntries(cats(parent.k).map((c) => [c.id, nextWeights(k)]));
        return { id, type: 'categorical', categories: cats(k), given: [parent.id], table };
      }
      const shiftBy = parent ? { shift: { [parent.id]: { c1: shift } } } : {};
      const distribution = {
        normal: { kind: 'normal', mean: 1, sd: 2 },
        lognormal: { kind: 'lognormal', mu: 0.5, sigma: 0.4 },
        uniform: { kind: 'uniform', min: -1, max: 3 },
        beta: { kind: 'beta', alpha: 0.7, beta: 3 },
      }[kind as 'normal'];
      return { id, type: 'numeric', distribution, ...shiftBy };
    });
    const effects = Object.fromEntries(attributes.map((a) => [a.id, a.type === 'numeric' ? 0.3 : { c1: -0.4 }]));
    const groups = Object.fromEntries(categorical.map((c) => [c.id, { c1: 1.5 }]));
    return scenarioWith({ size, attributes }, {
      conversion: { base: 0.1, effects },
      click: { base: 0.2, effects },
      consent: { base: 0.8, effects },
      price: { base: 2, multipliers: groups, noise: 0.4 },
      observation: { noise: 0.2, extra: groups },
    }, seed);
  });

function cats(k: number) {
  return Array.from({ length: k }, (_, j) => ({ id: `c${j}` }));
}

/**
 * Every column of a chunk as one byte string, in a fixed order with the column names, to compare
 * chunks byte for byte (Buffer.equals is fast where a deep toEqual over typed arrays is not).
 */
function chunkBytes(c: PopulationChunk): Buffer {
  const keyed = (kind: string, r: Record<string, ArrayBufferView>) => Object.keys(r).sort().map((k) => [`${kind}:${k}`, r[k]!] as const);
  const columns = [...keyed('codes', c.codes), ...keyed('values', c.values), ...keyed('observed', c.observed),
    ...keyed('behaviour', { conversionProb: c.conversionProb, converts: c.converts, clickProb: c.clickProb, clicks: c.clicks, price: c.price, consent: c.consent })];
  return Buffer.concat(columns.flatMap(([name, a]) => [Buffer.from(name), Buffer.from(a.buffer, a.byteOffset, a.byteLength)]));
}

function expectSameBytes(actual: PopulationChunk, expected: PopulationChunk) {
  expect(chunkBytes(actual).equals(chunkBytes(expected)), `chunk ${expected.index} differs`).toBe(true);
}

describe('generateChunk: determinism', () => {
  it('gives byte-identical chunks in any generation order, one by one or all at once', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.infiniteStream(fc.nat()), (scenario, order) => {
        const all = generatePopulation(scenario);
        const spans = chunkSpans(scenario.population.size);
        // Shuffle the chunk order with the stream of naturals fast-check gives us.
        const shuffled = [...spans];
        const picks = order[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = picks.next().value! % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const oneByOne = new Map(shuffled.map((span) => [span.index, generateChunk(scenario, scenario.seed, span)]));
        all.forEach((chunk, index) => expectSameBytes(oneByOne.get(index)!, chunk));
      }),
      { numRuns: 15 },
    );
  });

  it('gives byte-identical chunks whole and in slices of any size (as a new thread generates its first people)', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.integer({ min: 1, max: 5000 }), (scenario, slice) => {
        const span = chunkSpans(scenario.population.size)[0]!;
        expectSameBytes(generateChunk(scenario, scenario.seed, span, slice), generateChunk(scenario, scenario.seed, span, span.size));
      }),
      { numRuns: 25 },
    );
  });

  it('gives different columns for a different seed', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        fc.pre(scenario.population.size >= 200);
        const first = generateChunk(scenario, scenario.seed, chunkSpans(scenario.population.size)[0]!);
        const other = generateChunk(scenario, `${String(scenario.seed)}-other`, chunkSpans(scenario.population.size)[0]!);
        // Conversion outcomes alone could coincide; the uniform-driven probabilities of 200 people cannot.
        expect(Buffer.from(other.price.buffer).equals(Buffer.from(first.price.buffer))).toBe(false);
      }),
      { numRuns: 15 },
    );
  });

  it('changing one column\'s settings leaves the other columns\' draws unchanged', () => {
    const attributes = [
      { id: 'g', type: 'categorical', categories: [{ id: 'a' }, { id: 'b' }], weights: [1, 1] },
      { id: 'x', type: 'numeric', distribution: { kind: 'normal', mean: 0, sd: 1 } },
    ];
    const before = generatePopulation(scenarioWith({ size: 5000, attributes }, { price: { base: 1, noise: 0.2 } }))[0]!;
    const after = generatePopulation(scenarioWith({ size: 5000, attributes }, { price: { base: 3, noise: 0.9 } }))[0]!;
    const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytes(after.converts).equals(bytes(before.converts))).toBe(true);
    expect(bytes(after.values.x!).equals(bytes(before.values.x!))).toBe(true);
    expect(bytes(after.observed.x!).equals(bytes(before.observed.x!))).toBe(true);
    expect(bytes(after.price).equals(bytes(before.price))).toBe(false);
  });
});

describe('generate task', () => {
  it('LocalRunner.map("generate") fills every chunk with the same people as generatePopulation', async () => {
    const scenario = scenarioWith({ size: 2 * CHUNK_SIZE + 5, attributes: [{ id: 'g', type: 'categorical', categories: [{ id: 'a' }, { id: 'b' }], weights: [1, 2] }] });
    const runner = new LocalRunner(scenario);
    const sizes = await runner.map(generate, {});
    expect(sizes).toEqual([{ size: CHUNK_SIZE }, { size: CHUNK_SIZE }, { size: 5 }]);
    const direct = generatePopulation(scenario);
    runner.states.forEach((state, i) => expectSameBytes(state.chunk!, direct[i]!));
  });
});

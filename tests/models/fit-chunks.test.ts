import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureSpec, fitOnChunks, trainLogistic } from '../../src/core/models';
import type { RowSource, TrainedModel } from '../../src/core/models';
import { fitRows, gatherRows, concatRows } from '../../src/core/models';
import { stream } from '../../src/core/random/stream';
import type { Scenario } from '../../src/core/scenario/types';
import { buildChunks, FixtureRunner } from '../selection/chunk-fixture';
import { storeKey } from '../../src/core/engine/chunk-store';

const scenario = {
  seed: 'fit-chunks-test',
  population: {
    size: 0,
    attributes: [
      { id: 'colour', type: 'categorical', protected: false, categories: [{ id: 'r' }, { id: 'g' }, { id: 'b' }] },
      { id: 'income', type: 'numeric', protected: false, distribution: { kind: 'normal', mean: 0, sd: 1 } },
    ],
  },
} as unknown as Scenario;

/** n people with a colour, an observed income and conversions and clicks from known logistic models. */
function people(n: number, seed: string) {
  const g = stream(seed, 'people');
  const colour = Array.from({ length: n }, () => Math.floor(g.next() * 3));
  const observed = Array.from({ length: n }, () => 40 + 12 * g.normal());
  const draw = (b: number[], i: number) => (g.next() < 1 / (1 + Math.exp(-(b[0]! + b[1]! * (colour[i] === 1 ? 1 : 0) + b[2]! * ((observed[i]! - 40) / 12)))) ? 1 : 0);
  return {
    colour,
    income: observed,
    observed,
    consent: Array.from({ length: n }, () => (g.next() < 0.85 ? 1 : 0)),
    converts: colour.map((_, i) => draw([-1.5, 0.6, -0.8], i)),
    clicks: colour.map((_, i) => draw([-0.5, -0.4, 0.3], i)),
  };
}

function runnerOf(p: ReturnType<typeof people>, sizes: number[], visit?: number[]) {
  const chunks = buildChunks(p.colour.length, sizes, { codes: { colour: p.colour }, values: { income: p.income }, observed: { income: p.observed }, consent: p.consent, converts: p.converts, clicks: p.clicks });
  return new FixtureRunner(scenario, scenario.seed, chunks, visit);
}

/** The old path: every row gathered to the coordinator, standardised and fitted in one thread. */
async function serialFit(runner: FixtureRunner, sources: RowSource[], l2: number): Promise<TrainedModel> {
  const spec = featureSpec(scenario, ['colour', 'income']);
  const parts = [];
  for (const s of sources) parts.push(await gatherRows(runner, spec, s));
  return fitRows(spec, parts.reduce(concatRows), l2);
}

function relativeGap(a: TrainedModel, b: TrainedModel): number {
  const xs = [a.model.intercept, ...a.model.coefficients];
  const ys = [b.model.intercept, ...b.model.coefficients];
  return Math.max(...xs.map((x, k) => Math.abs(x - ys[k]!) / Math.max(1, Math.abs(x))));
}

const spec = featureSpec(scenario, ['colour', 'income']);

describe('fitOnChunks (the parallel fit)', () => {
  it('matches the serial fit on gathered rows to 1e-10 relative, with the same rows, positives and standardisation', async () => {
    const p = people(30_000, 'match');
    const runner = runnerOf(p, [4096]);
    for (const [sources, l2] of [
      [[{ label: 'conversion' }], 1],
      [[{ label: 'click' }], 0],
      // Two sources, as the lookalike (seed rows, then a sample with label 0).
      [[{ label: 1 as const, maskKey: 'seed' }, { sample: { name: 'lookalike', rate: 0.2 }, label: 0 as const }], 1],
    ] as [RowSource[], number][]) {
      runner.put('seed', (xs) => Uint8Array.from(xs), p.converts);
      const serial = await serialFit(runner, sources, l2);
      const parallel = await fitOnChunks(runner, spec, sources, { l2 });
      expect(parallel.rows).toBe(serial.rows);
      // Rows per category (the one-hot columns' sums), as counted on the gathered rows.
      const gathered = await Promise.all(sources.map((src) => gatherRows(runner, spec, src)));
      const all = gathered.reduce(concatRows);
      [0, 1].forEach((j) => expect(parallel.categoryRows[j]).toBe(Array.from({ length: all.rows }, (_, r) => all.X[r * all.cols + j] as number).reduce((a, b) => a + b, 0)));
      expect(parallel.positives).toBe(serial.positives);
      expect(parallel.model.converged).toBe(true);
      expect(parallel.model.iterations).toBe(serial.model.iterations);
      expect(relativeGap(parallel, serial)).toBeLessThan(1e-10);
      const [a, b] = [parallel.spec.columns[2], serial.spec.columns[2]] as { mean: number; sd: number }[];
      expect(Math.abs(a!.mean - b!.mean) / Math.abs(b!.mean)).toBeLessThan(1e-12);
      expect(Math.abs(a!.sd - b!.sd) / b!.sd).toBeLessThan(1e-12);
    }
  });

  it('recovers the generating coefficients of the conversions (within 0.1, about 4 standard errors)', async () => {
    const p = people(30_000, 'recover');
    const fit = await fitOnChunks(runnerOf(p, [8192]), spec, [{ label: 'conversion', requireConsent: false }], { l2: 1 });
    // Columns: colour=g, colour=b, income per SD.
    expect(Math.abs(fit.model.intercept + 1.5)).toBeLessThan(0.1);
    expect(Math.abs(fit.model.coefficients[0]! - 0.6)).toBeLessThan(0.1);
    expect(Math.abs(fit.model.coefficients[1]!)).toBeLessThan(0.1);
    expect(Math.abs(fit.model.coefficients[2]! + 0.8)).toBeLessThan(0.1);
  });

  it('gives bit-identical models for any chunk visit order (as workers finish in any order) — property', async () => {
    const p = people(6_000, 'order');
    const reference = await fitOnChunks(runnerOf(p, [1000]), spec, [{ label: 'conversion' }], { l2: 1 });
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }), async (visit) => {
        const fit = await fitOnChunks(runnerOf(p, [1000], visit), spec, [{ label: 'conversion' }], { l2: 1 });
        expect(Array.from(fit.model.coefficients)).toEqual(Array.from(reference.model.coefficients));
        expect(fit.model.intercept).toBe(reference.model.intercept);
      }),
      { numRuns: 10 },
    );
  });

  it('models on the same people and features share one encoding of the features, with their own labels', async () => {
    const p = people(5_000, 'share');
    const runner = runnerOf(p, [2048]);
    const a = await fitOnChunks(runner, spec, [{ label: 'conversion' }], { l2: 1 });
    const b = await fitOnChunks(runner, spec, [{ label: 'click' }], { l2: 1 });
    const keys = (runner.states[0]?.store.names() ?? []);
    expect(keys.filter((k) => k.startsWith('rows:'))).toHaveLength(1);
    expect(keys.filter((k) => k.startsWith('labels:'))).toHaveLength(2);
    // Same rows, same moments: one standardised (sparse) copy serves both.
    expect(keys.filter((k) => k.startsWith('sparse:'))).toHaveLength(1);
    // And each equals the model fitted alone on fresh chunks.
    expect(relativeGap(a, await trainLogistic(runnerOf(p, [2048]), spec, { label: 'conversion' }, { l2: 1 }))).toBeLessThan(1e-10);
    expect(b.positives).toBe(p.clicks.filter((c, i) => c && p.consent[i]).length);
  });

  it('with no training rows gives the intercept-only start and SD 1, as the serial fit does', async () => {
    const p = people(100, 'none');
    const runner = runnerOf(p, [64]);
    runner.put('nobody', (xs) => Uint8Array.from(xs), new Array<number>(100).fill(0));
    const fit = await fitOnChunks(runner, spec, [{ maskKey: storeKey('nobody'), label: 'conversion' }], { l2: 1 });
    const serial = await serialFit(runner, [{ maskKey: storeKey('nobody'), label: 'conversion' }], 1);
    expect(fit.rows).toBe(0);
    expect(fit.model.intercept).toBe(serial.model.intercept);
    expect(fit.spec.columns[2]).toMatchObject({ mean: 0, sd: 1 });
  });
});

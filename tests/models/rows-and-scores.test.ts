import { describe, expect, it } from 'vitest';
import { featureSpec, gatherRows, gatherSampleRows, standardiseRows, trainLogistic } from '../../src/core/models';
import type { FeatureSpec } from '../../src/core/models';
import { stream } from '../../src/core/random/stream';
import type { Scenario } from '../../src/core/scenario/types';
import { buildChunks, FixtureRunner } from '../selection/chunk-fixture';
import { logisticInto, scoreModel } from '../../src/core/models/row-tasks';
import fc from 'fast-check';
import { storeKey } from '../../src/core/engine/chunk-store';

const scenario = {
  seed: 'models-test',
  population: {
    size: 0,
    attributes: [
      { id: 'colour', type: 'categorical', protected: false, categories: [{ id: 'r' }, { id: 'g' }, { id: 'b' }] },
      { id: 'income', type: 'numeric', protected: false, distribution: { kind: 'normal', mean: 0, sd: 1 } },
    ],
  },
} as unknown as Scenario;

function runnerOf(people: { colour: number[]; income: number[]; observed: number[]; consent: number[]; converts: number[] }, sizes: number[], visit?: number[]) {
  const chunks = buildChunks(people.colour.length, sizes, {
    codes: { colour: people.colour },
    values: { income: people.income },
    observed: { income: people.observed },
    consent: people.consent,
    converts: people.converts,
  });
  return new FixtureRunner(scenario, scenario.seed, chunks, visit);
}

describe('featureSpec', () => {
  it('featureSpec one-hot encodes categories without the first and adds one numeric column', () => {
    const spec = featureSpec(scenario, ['colour', 'income']);
    expect(spec.columns).toEqual([
      { kind: 'category', attribute: 'colour', category: 'g', code: 1 },
      { kind: 'category', attribute: 'colour', category: 'b', code: 2 },
      { kind: 'numeric', attribute: 'income', mean: 0, sd: 1 },
    ]);
  });

  it('standardiseRows of incomes [2, 4, 6, 8] stores mean 5 and SD √5 and leaves one-hot columns alone', () => {
    const spec: FeatureSpec = featureSpec(scenario, ['colour', 'income']);
    const X = Float64Array.from([1, 0, 2, 0, 1, 4, 0, 0, 6, 1, 0, 8]);
    const fitted = standardiseRows(spec, X, 4);
    expect(fitted.columns[2]).toMatchObject({ mean: 5, sd: Math.sqrt(5) });
    expect(Array.from(X.filter((_, k) => k % 3 === 2))).toEqual([-3, -1, 1, 3].map((v) => v / Math.sqrt(5)));
    expect(Array.from(X.filter((_, k) => k % 3 !== 2))).toEqual([1, 0, 0, 1, 0, 0, 1, 0]);
  });
});

describe('gatherRows', () => {
  const people = {
    colour: [0, 1, 2, 1, 0, 2],
    income: [10, 20, 30, 40, 50, 60],
    observed: [11, 21, 31, 41, 51, 61],
    consent: [1, 1, 0, 1, 1, 1],
    converts: [1, 0, 1, 1, 0, 0],
  };

  it('gatherRows takes masked people who consented, in chunk order, with observed (not true) values', async () => {
    const runner = runnerOf(people, [4]);
    runner.put('mask', (xs) => Uint8Array.from(xs), [1, 1, 1, 0, 0, 1]);
    const rows = await gatherRows(runner, featureSpec(scenario, ['colour', 'income']), { maskKey: storeKey('mask'), label: 'conversion' });
    // Person 2 is masked in but did not consent; person 3 and 4 are masked out.
    expect(rows.rows).toBe(3);
    expect(Array.from(rows.X)).toEqual([0, 0, 11, 1, 0, 21, 0, 1, 61]);
    expect(Array.from(rows.y)).toEqual([1, 0, 0]);
  });

  it('gatherRows with requireConsent false also takes people who did not consent, labelled from a store key', async () => {
    const runner = runnerOf(people, [2]);
    runner.put('label', (xs) => Uint8Array.from(xs), [0, 0, 1, 0, 0, 1]);
    const rows = await gatherRows(runner, featureSpec(scenario, ['colour']), { labelKey: storeKey('label'), requireConsent: false });
    expect(rows.rows).toBe(6);
    expect(Array.from(rows.y)).toEqual([0, 0, 1, 0, 0, 1]);
  });

  it('gatherSampleRows takes about rate × people (within 4 standard errors), the same whatever the chunk visit order', async () => {
    const n = 20_000;
    const g = stream('fixture', 'sample');
    const big = {
      colour: Array.from({ length: n }, () => Math.floor(g.next() * 3)),
      income: new Array<number>(n).fill(0),
      observed: Array.from({ length: n }, () => g.normal()),
      consent: new Array<number>(n).fill(1),
      converts: new Array<number>(n).fill(0),
    };
    const spec = featureSpec(scenario, ['colour', 'income']);
    const a = await gatherSampleRows(runnerOf(big, [4096]), spec, { name: 'lookalike', rate: 0.1, label: 0 });
    const b = await gatherSampleRows(runnerOf(big, [4096], [4, 3, 2, 1, 0]), spec, { name: 'lookalike', rate: 0.1, label: 0 });
    expect(Math.abs(a.rows - 0.1 * n)).toBeLessThan(4 * Math.sqrt(n * 0.1 * 0.9));
    expect(Array.from(b.X)).toEqual(Array.from(a.X));
    expect(a.y.every((v) => v === 0)).toBe(true);
  });
});

describe('scoreModel', () => {
  it('scoreModel writes 1 / (1 + e^−η) with η = intercept + Σ coefficient × encoded feature', async () => {
    const runner = runnerOf(
      { colour: [1, 0], income: [0, 0], observed: [14, 10], consent: [1, 1], converts: [0, 0] },
      [2],
    );
    const spec: FeatureSpec = {
      columns: [
        { kind: 'category', attribute: 'colour', category: 'g', code: 1 },
        { kind: 'numeric', attribute: 'income', mean: 10, sd: 2 },
      ],
    };
    await runner.map(scoreModel, { spec, model: { intercept: -1, coefficients: Float64Array.from([2, 0.5]) }, outKey: storeKey<Float32Array>('p') });
    const [p0, p1] = runner.gather('p');
    // Person 0: −1 + 2 + 0.5 × (14 − 10) / 2 = 2; person 1: −1.
    expect(p0).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(p1).toBeCloseTo(1 / (1 + Math.exp(1)), 6);
  });

  it('trainLogistic then scoreModel ranks people by the learned effect of the observed feature', async () => {
    const n = 30_000;
    const g = stream('fixture', 'train');
    const observed = Array.from({ length: n }, () => 50 + 10 * g.normal());
    const converts = observed.map((x) => (g.next() < 1 / (1 + Math.exp(-(-2 + 1.0 * ((x - 50) / 10)))) ? 1 : 0));
    const runner = runnerOf({ colour: new Array<number>(n).fill(0), income: observed, observed, consent: new Array<number>(n).fill(1), converts }, [8192]);
    const trained = await trainLogistic(runner, featureSpec(scenario, ['income']), { label: 'conversion' }, { l2: 1 });
    // The standardised coefficient is 1 per SD of income (SE ≈ 0.02 here).
    expect(Math.abs((trained.model.coefficients[0] as number) - 1)).toBeLessThan(0.08);
    expect(Math.abs(trained.model.intercept + 2)).toBeLessThan(0.08);
    await runner.map(scoreModel, { spec: trained.spec, model: trained.model, outKey: storeKey<Float32Array>('p') });
    const p = runner.gather('p');
    const hi = observed.indexOf(Math.max(...observed));
    const lo = observed.indexOf(Math.min(...observed));
    expect(p[hi]).toBeGreaterThan(p[lo] as number);
  });
});

describe('logisticInto', () => {
  it('stores the exact Float32 of 1 / (1 + e^−η) at Float32 midpoints of p (where the quick path cannot settle it), anywhere, and at odd lengths', () => {
    const probability = fc.float({ min: Math.fround(1e-6), max: Math.fround(1 - 1e-6), noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.record({ f: probability, mid: fc.boolean(), nudge: fc.integer({ min: -3, max: 3 }) }), { minLength: 1, maxLength: 101 }), fc.double({ min: -900, max: 900, noNaN: true }), (people, far) => {
        const etas = people.map(({ f, mid, nudge }) => {
          const next = new Float32Array([f]);
          new Uint32Array(next.buffer)[0]! += 1;
          const p = mid ? (f + next[0]!) / 2 : f;
          return Math.log(p / (1 - p)) * (1 + nudge * 2 ** -52);
        });
        // One η far out (past the quick path's range) and a NaN, which must stay NaN.
        etas.push(far, NaN);
        const out = logisticInto(Float64Array.from(etas), new Float32Array(etas.length));
        etas.forEach((eta, i) => {
          const want = Math.fround(1 / (1 + Math.exp(-eta)));
          if (!Object.is(out[i], want)) expect({ i, eta, got: out[i], want }).toBe('exact');
        });
      }),
      { numRuns: 300 },
    );
  });
});


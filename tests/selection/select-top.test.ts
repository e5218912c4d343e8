import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stream } from '../../src/core/random/stream';
import type { BruteRequest } from './brute-force';
import { runBoth, SEED } from './run-both';

/** Scores with many exact ties, NaN (not a candidate), ±0, infinities and ordinary floats. */
const score = fc.oneof(
  fc.constantFrom(0, -0, 0.5, 1, 1, 1, Number.NaN, Number.POSITIVE_INFINITY),
  fc.float({ noNaN: false }).map(Math.fround),
);
/** Multiples of 1/4, so every sum of prices is exact and the greedy walk has one answer. */
const price = fc.integer({ min: 0, max: 32 }).map((k) => k / 4);

describe('selectTop', () => {
  it('selectTop of reach 2 over scores [0.2, 0.9, NaN, 0.5, 0.7] selects people 1 and 4', async () => {
    const { result, mask } = await runBoth([2], {
      scores: [0.2, 0.9, NaN, 0.5, 0.7],
      prices: [1, 2, 3, 4, 5],
      kind: 'reach',
      budgets: [2],
      tieStream: 't',
    });
    expect(mask).toEqual([0, 1, 0, 0, 1]);
    expect(result.selected).toBe(2);
    expect(result.spend).toBe(7);
    expect(result.cutScore).toBe(Math.fround(0.7));
  });

  it('selectTop with a tie at the cut takes the person with the larger tie-break uniform', async () => {
    const { mask } = await runBoth([3], { scores: [1, 1, 1], prices: [1, 1, 1], kind: 'reach', budgets: [1], tieStream: 'x' });
    const tie = stream(SEED, 'chunk', 0, 'tie', 'x');
    const u = [tie.next(), tie.next(), tie.next()];
    const best = u.indexOf(Math.max(...u));
    expect(mask).toEqual([0, 1, 2].map((i) => (i === best ? 1 : 0)));
  });

  it('selectTop with a spend budget of 6 and prices [4, 3, 1] stops at the first that does not fit', async () => {
    const { result, mask } = await runBoth([3], { scores: [3, 2, 1], prices: [4, 3, 1], kind: 'spend', budgets: [6], tieStream: 't' });
    // 4 fits, 4 + 3 does not: the walk stops there, although the last person (price 1) would fit.
    expect(mask).toEqual([1, 0, 0]);
    expect(result.spend).toBe(4);
  });

  it('selectTop with reach larger than the candidates selects every candidate and reports null cut when none', async () => {
    const all = await runBoth([2], { scores: [NaN, 2, 3], prices: [1, 1, 1], kind: 'reach', budgets: [10], tieStream: 't' });
    expect(all.mask).toEqual([0, 1, 1]);
    const none = await runBoth([2], { scores: [NaN, NaN], prices: [1, 1], kind: 'reach', budgets: [10], tieStream: 't' });
    expect(none.result).toEqual({ selected: 0, spend: 0, cutScore: null });
  });

  it('selectTop equals a brute-force global sort for any scores, ties, groups, weights, budgets and chunk sizes', async () => {
    const problem = fc
      .record({
        n: fc.integer({ min: 1, max: 120 }),
        groups: fc.integer({ min: 0, max: 3 }),
        weighted: fc.boolean(),
        kind: fc.constantFrom('reach' as const, 'spend' as const),
        sizes: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }),
        tieStream: fc.constantFrom('a', 'b'),
      })
      .chain((p) =>
        fc.record({
          p: fc.constant(p),
          scores: fc.array(score, { minLength: p.n, maxLength: p.n }),
          prices: fc.array(price, { minLength: p.n, maxLength: p.n }),
          groupCodes: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: p.n, maxLength: p.n }),
          weightCodes: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: p.n, maxLength: p.n }),
          multipliers: fc.array(fc.constantFrom(0, 0.5, 1, 2, 3.1), { minLength: 2, maxLength: 2 }),
          budgets: fc.array(
            p.kind === 'reach' ? fc.integer({ min: 0, max: 130 }) : fc.integer({ min: 0, max: 400 }).map((k) => k / 4 + 0.1),
            { minLength: Math.max(1, p.groups), maxLength: Math.max(1, p.groups) },
          ),
        }),
      );
    await fc.assert(
      fc.asyncProperty(problem, async ({ p, scores, prices, groupCodes, weightCodes, multipliers, budgets }) => {
        const b: BruteRequest = { scores, prices, kind: p.kind, budgets, tieStream: p.tieStream };
        if (p.groups > 0) b.groupCodes = groupCodes;
        if (p.weighted) Object.assign(b, { weightCodes, multipliers });
        const { result, mask, expected } = await runBoth(p.sizes, b);
        expect(mask).toEqual(expected);
        expect(result.selected).toBe(expected.reduce((a, x) => a + x, 0));
        if (p.kind === 'reach' && p.groups === 0) {
          const candidates = scores.filter((s, i) => !Number.isNaN(Math.fround(s * (p.weighted ? (multipliers[weightCodes[i] as number] ?? 1) : 1)))).length;
          expect(result.selected).toBe(Math.min(budgets[0] as number, candidates));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('selectTop over 40,000 people with heavy ties and crowded bins equals the brute-force sort', async () => {
    const n = 40_000;
    const g = stream('fixture', 'large');
    // Half tied at exactly 1 (the cut falls inside them), the rest in a narrow band of floats.
    const scores = Array.from({ length: n }, () => (g.next() < 0.5 ? 1 : 0.3 + g.next() * 1e-3));
    const prices = Array.from({ length: n }, () => Math.floor(g.next() * 16) / 4);
    const groupCodes = Array.from({ length: n }, () => Math.floor(g.next() * 3));
    const reach = await runBoth([32_768], { scores, prices, kind: 'reach', budgets: [15_000], tieStream: 't' });
    expect(reach.mask).toEqual(reach.expected);
    expect(reach.result.selected).toBe(15_000);
    const band = await runBoth([10_000], { scores, prices, kind: 'reach', budgets: [25_000], tieStream: 't' });
    expect(band.mask).toEqual(band.expected);
    const spend = await runBoth([16_384], { scores, prices, kind: 'spend', budgets: [9_000.3, 20_000, 1e9], groupCodes, tieStream: 't' });
    expect(spend.mask).toEqual(spend.expected);
    expect(spend.result.perGroup?.[0]?.spend).toBeLessThanOrEqual(9_000.3);
    expect(spend.result.perGroup?.[0]?.spend).toBeGreaterThan(9_000.3 - 4);
  });

  it('selectTop gives identical masks whatever order chunks are processed in (as among workers)', async () => {
    const n = 500;
    const g = stream('fixture', 'order');
    const scores = Array.from({ length: n }, () => (g.next() < 0.5 ? 1 : Math.round(g.next() * 10) / 10));
    const prices = Array.from({ length: n }, () => 1 + Math.floor(g.next() * 8) / 4);
    const b: BruteRequest = { scores, prices, kind: 'spend', budgets: [200], tieStream: 't' };
    const forward = await runBoth([64], b);
    const backward = await runBoth([64], b, [7, 6, 5, 4, 3, 2, 1, 0]);
    const interleaved = await runBoth([64], b, [1, 3, 5, 7, 0, 2, 4, 6]);
    expect(backward.mask).toEqual(forward.mask);
    expect(interleaved.mask).toEqual(forward.mask);
    expect(backward.result).toEqual(forward.result);
  });

  it('selectTop with distinct scores gives the same people for different chunk sizes', async () => {
    const n = 700;
    const scores = Array.from({ length: n }, (_, i) => Math.fround(Math.sin(i) * 1000));
    const prices = new Array<number>(n).fill(1);
    const b: BruteRequest = { scores, prices, kind: 'reach', budgets: [123], tieStream: 't' };
    const a = await runBoth([700], b);
    const c = await runBoth([33, 100, 7], b);
    expect(c.mask).toEqual(a.mask);
    expect(a.result.selected).toBe(123);
  });

  it('selectTop leaves no cached sort keys in the chunk stores', async () => {
    const { runner } = await runBoth([4], { scores: [1, 2, 3, 4, 5], prices: [1, 1, 1, 1, 1], kind: 'reach', budgets: [2], tieStream: 't' });
    for (const s of runner.states) expect(s.store.names().sort()).toEqual(['out', 'score']);
  });
});

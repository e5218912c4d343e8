/**
 * Selections whose cut bins stay crowded past the first two key bytes (exact ties, narrow bands),
 * so every round kind runs: the second round from the chunks' two-byte counts, the first narrowing
 * over the whole chunk, narrowing in place, and (for more groups, spend with groups, chunks of
 * 65,536 or more) the second round narrowing instead. Each must select what the brute-force sort does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BruteRequest } from './brute-force';
import { runBoth } from './run-both';
import { chunkSizes } from './chunk-fixture';
import { onesAt } from '../../src/core/engine/person-masks';
import { storeKey } from '../../src/core/engine/chunk-store';

/** The selection's sums from its mask, the plain way: per chunk in person order, then in chunk order. */
function personOrderSums(n: number, sizes: number[], b: BruteRequest, mask: number[]) {
  const groups = b.budgets.length;
  const perGroup = Array.from({ length: groups }, () => ({ selected: 0, spend: 0, min: Infinity }));
  let spend = 0;
  for (const { start, size } of chunkSizes(n, sizes)) {
    const chunk = perGroup.map(() => ({ selected: 0, spend: 0 }));
    let chunkSpend = 0;
    for (let i = start; i < start + size; i++) {
      if (mask[i] !== 1) continue;
      const g = b.groupCodes ? (b.groupCodes[i] as number) : 0;
      const price = b.prices[i] as number;
      const m = b.weightCodes ? (b.multipliers?.[b.weightCodes[i] as number] ?? 1) : 1;
      const at = chunk[g] as { selected: number; spend: number };
      at.selected++;
      at.spend += price;
      chunkSpend += price;
      const pg = perGroup[g] as { min: number };
      pg.min = Math.min(pg.min, Math.fround((b.scores[i] as number) * m));
    }
    chunk.forEach((c, g) => {
      const pg = perGroup[g] as { selected: number; spend: number };
      pg.selected += c.selected;
      pg.spend += c.spend;
    });
    spend += chunkSpend;
  }
  return { spend, perGroup: perGroup.map((g) => ({ selected: g.selected, spend: g.spend, cutScore: g.selected > 0 ? g.min : null })) };
}

/** Crowded scores: a few exact values (with ±0 and NaN), a band 1e-4 wide, and spread floats. */
const crowdedScore = (u: number, v: number) =>
  u < 0.5 ? 0.5 : u < 0.6 ? [0, -0, 0.25, Number.NaN, Number.POSITIVE_INFINITY, -2][Math.floor(v * 6)] as number : u < 0.8 ? 0.3 + v * 1e-4 : v * 4 - 2;

describe('selectTop with crowded bins', () => {
  it('equals the brute-force sort for 1–6 groups, reach or spend, weights, and chunks of up to 70,000', async () => {
    const problem = fc.record({
      n: fc.integer({ min: 12_000, max: 40_000 }),
      groups: fc.integer({ min: 0, max: 6 }),
      weighted: fc.boolean(),
      kind: fc.constantFrom('reach' as const, 'spend' as const),
      sizes: fc.oneof(fc.array(fc.integer({ min: 500, max: 9_000 }), { minLength: 1, maxLength: 3 }), fc.constant<number[]>([70_000])),
      seed: fc.integer(),
    });
    await fc.assert(
      fc.asyncProperty(problem, async (p) => {
        // Per-person values from a seeded LCG: fast-check picks the shape, not 40,000 numbers.
        let x = p.seed >>> 0;
        const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296;
        const scores = Array.from({ length: p.n }, () => crowdedScore(next(), next()));
        const prices = Array.from({ length: p.n }, () => 0.25 + Math.floor(next() * 12) / 4);
        const groups = Math.max(1, p.groups);
        // Group 0 takes most people (its bins stay crowded while others finish early); code
        // `groups` has no budget (no candidate).
        const groupCodes = Array.from({ length: p.n }, () => (next() < 0.6 ? 0 : Math.floor(next() * (groups + 1))));
        const weightCodes = Array.from({ length: p.n }, () => Math.floor(next() * 3));
        const total = p.kind === 'reach' ? p.n : p.n * 1.6;
        const budgets = Array.from({ length: groups }, () => Math.floor(next() * total * 0.6) / groups + 0.5);
        const b: BruteRequest = { scores, prices, kind: p.kind, budgets: p.kind === 'reach' ? budgets.map(Math.floor) : budgets, tieStream: 'c' };
        if (p.groups > 0) b.groupCodes = groupCodes;
        if (p.weighted) Object.assign(b, { weightCodes, multipliers: [1, 0.5, 2] });
        const { result, mask, expected, runner } = await runBoth(p.sizes, b);
        expect(mask).toEqual(expected);
        expect(result.selected).toBe(expected.reduce((a, y) => a + y, 0));
        // Spend and cut scores bit for bit as the plain sums give them: person order within a
        // chunk, chunk order across chunks (whichever people the apply visited to find them).
        const sums = personOrderSums(p.n, p.sizes, b, expected);
        expect(result.spend).toBe(sums.spend);
        if (p.groups > 0) expect(result.perGroup).toEqual(sums.perGroup);
        else expect(result.cutScore).toBe(sums.perGroup[0]?.cutScore ?? null);
        // The positions the apply listed with each chunk's mask are exactly its ones, in order.
        for (const state of runner.states) {
          const chunkMask = state.store.get(storeKey<Uint8Array>('out')) as Uint8Array;
          const into = new Int32Array(chunkMask.length);
          const count = onesAt(chunkMask, into, chunkMask.length);
          const ones = Array.from(chunkMask.keys()).filter((i) => chunkMask[i] === 1);
          expect(Array.from(into.subarray(0, count))).toEqual(ones);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

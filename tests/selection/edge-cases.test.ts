/**
 * The selection's edge cases as properties, each against the brute-force sort: every score equal
 * (the whole population in one bin, narrowed through the tie words), ties exactly at the cut
 * among more people than a bin resolves by fetching keys (KEY_LIMIT), a budget of 0, and a budget
 * at or above the number of candidates — for any chunk sizes, with several groups at once.
 */
import fc from 'fast-check';
import { storeKey } from '../../src/core/engine/chunk-store';
import { describe, expect, it } from 'vitest';
import { selectTop } from '../../src/core/selection';
import type { SelectionRequest } from '../../src/core/selection';
import { KEY_LIMIT } from '../../src/core/selection/cut-search';
import { bruteForceSelect } from './brute-force';
import type { BruteRequest } from './brute-force';
import { buildChunks, FixtureRunner, NO_SCENARIO } from './chunk-fixture';

const SEED = 'selection-edges';

async function select(sizes: number[], b: BruteRequest) {
  const codes: Record<string, number[]> = {};
  if (b.groupCodes) codes.grp = b.groupCodes;
  const chunks = buildChunks(b.scores.length, sizes, { codes, price: b.prices });
  const runner = new FixtureRunner(NO_SCENARIO, SEED, chunks);
  runner.put('score', (xs) => Float32Array.from(xs), b.scores);
  const budget = b.kind === 'reach' ? { kind: 'reach' as const, people: b.budgets[0]! } : { kind: 'spend' as const, amount: b.budgets[0]! };
  const req: SelectionRequest = { scoreKey: storeKey('score'), outKey: storeKey('out'), budget, tieStream: b.tieStream };
  if (b.groupCodes) req.groups = { attribute: 'grp', budgets: b.budgets };
  const result = await selectTop(runner, req);
  return { result, mask: runner.gather('out'), expected: bruteForceSelect(SEED, chunks, b) };
}

const chunkSizes = fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 4 });

describe('selectTop edge cases', () => {
  it('every score equal (±0 mixed in, NaN for some): the tie words alone decide, as in the brute-force sort', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 900 }), fc.constantFrom(0, 0.5, -3), fc.double({ min: 0, max: 1.2, noNaN: true }), chunkSizes, async (n, s, share, sizes) => {
        const scores = Array.from({ length: n }, (_, i) => (i % 17 === 5 ? NaN : s === 0 && i % 2 ? -0 : s));
        const budget = Math.floor(share * n);
        const { mask, expected, result } = await select(sizes, { scores, prices: scores.map(() => 1), kind: 'reach', budgets: [budget], tieStream: 't' });
        expect(mask).toEqual(expected);
        const candidates = scores.filter((v) => v === v).length;
        expect(result.selected).toBe(Math.min(budget, candidates));
      }),
      { numRuns: 40 },
    );
  });

  it(`ties at the cut among more than KEY_LIMIT (${KEY_LIMIT}) people, in groups, equal the brute-force sort`, async () => {
    const n = 3 * KEY_LIMIT;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }), fc.integer({ min: 1000, max: 20_000 }), async (b0, b1, size) => {
        // Three score levels, so the cut of each group falls inside a level of thousands of equal scores.
        const scores = Array.from({ length: n }, (_, i) => [0.25, 0.5, 0.75][(i * 7) % 3]!);
        const groupCodes = Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 1 : 0));
        const { mask, expected } = await select([size], { scores, prices: scores.map(() => 1), kind: 'reach', budgets: [b0, b1], tieStream: 'cut', groupCodes });
        expect(mask).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });

  it('a budget of 0 selects nobody (reach and spend) and reports no cut score', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 300 }), chunkSizes, fc.constantFrom<'reach' | 'spend'>('reach', 'spend'), async (raw, sizes, kind) => {
        const { mask, result } = await select(sizes, { scores: raw, prices: raw.map(() => 0.5), kind, budgets: [0], tieStream: 'z' });
        expect(mask.every((m) => m === 0)).toBe(true);
        expect(result).toMatchObject({ selected: 0, spend: 0, cutScore: null });
      }),
      { numRuns: 30 },
    );
  });

  it('a budget at or above the candidates selects every candidate (reach and spend)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: Number.NaN }), { minLength: 1, maxLength: 300 }),
        chunkSizes,
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom<'reach' | 'spend'>('reach', 'spend'),
        async (scores, sizes, extra, kind) => {
          const candidates = scores.filter((v) => v === v).length;
          // Prices of 1/4: the total of any set of people is exact, so "everyone fits" is exact too.
          const budget = kind === 'reach' ? candidates + extra : candidates * 0.25 + extra;
          const { mask, expected, result } = await select(sizes, { scores, prices: scores.map(() => 0.25), kind, budgets: [budget], tieStream: 'all' });
          expect(mask).toEqual(scores.map((v) => (v === v ? 1 : 0)));
          expect(mask).toEqual(expected);
          expect(result.selected).toBe(candidates);
        },
      ),
      { numRuns: 40 },
    );
  });
});

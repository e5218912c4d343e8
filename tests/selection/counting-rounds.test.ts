/**
 * Selections whose groups finish their cut search at different rounds, so some groups are held
 * (kept, not counted) while others are still narrowed round by round.
 */
import { describe, expect, it } from 'vitest';
import { selectTop } from '../../src/core/selection';
import type { SelectionRequest } from '../../src/core/selection';
import { stream } from '../../src/core/random/stream';
import { bruteForceSelect } from './brute-force';
import type { BruteRequest } from './brute-force';
import { buildChunks, FixtureRunner, NO_SCENARIO } from './chunk-fixture';
import { storeKey } from '../../src/core/engine/chunk-store';

const SEED = 'counting-rounds';

async function check(sizes: number[], b: BruteRequest & { groupCodes: number[] }): Promise<void> {
  const chunks = buildChunks(b.scores.length, sizes, { codes: { grp: b.groupCodes }, price: b.prices });
  const runner = new FixtureRunner(NO_SCENARIO, SEED, chunks);
  runner.put('score', (xs) => Float32Array.from(xs), b.scores);
  const budget = b.kind === 'reach' ? { kind: 'reach' as const, people: 0 } : { kind: 'spend' as const, amount: 0 };
  const req: SelectionRequest = { scoreKey: storeKey('score'), outKey: storeKey('out'), budget, tieStream: b.tieStream, groups: { attribute: 'grp', budgets: b.budgets } };
  const result = await selectTop(runner, req);
  const expected = bruteForceSelect(SEED, chunks, b);
  expect(runner.gather('out')).toEqual(expected);
  expect(result.selected).toBe(expected.reduce((a, x) => a + x, 0));
}

describe('selectTop counting rounds', () => {
  it('groups whose cuts are found at different rounds (one all tied, one in a narrow band, one spread) equal the brute-force sort', async () => {
    const n = 60_000;
    const g = stream('fixture', 'counting-rounds');
    const groupCodes = Array.from({ length: n }, () => Math.floor(g.next() * 4));
    // Group 0: every score 0.5 (only the tie words decide); 1: a band 1e-4 wide; 2: spread; 3: a few values.
    const scores = groupCodes.map((c) => (c === 0 ? 0.5 : c === 1 ? 0.25 + g.next() * 1e-4 : c === 2 ? g.next() : Math.round(g.next() * 3) / 3));
    const prices = Array.from({ length: n }, () => 0.5 + Math.floor(g.next() * 12) / 4);
    await check([32_768], { scores, prices, kind: 'reach', budgets: [7_000, 9_000, 200, 14_999], groupCodes, tieStream: 't' });
    await check([9_000, 20_000], { scores, prices, kind: 'spend', budgets: [12_345.6, 3_000.2, 40_000, 0.4], groupCodes, tieStream: 'u' });
  }, 60_000);
});

/** selectTop on hand-built chunks beside the brute-force sort of the same request. */
import { selectTop } from '../../src/core/selection';
import type { SelectionRequest } from '../../src/core/selection';
import { bruteForceSelect } from './brute-force';
import type { BruteRequest } from './brute-force';
import { buildChunks, FixtureRunner, NO_SCENARIO } from './chunk-fixture';
import { storeKey } from '../../src/core/engine/chunk-store';

export const SEED = 'selection-test';

export async function runBoth(sizes: number[], b: BruteRequest, visit?: number[]) {
  const n = b.scores.length;
  const codes: Record<string, number[]> = {};
  if (b.groupCodes) codes.grp = b.groupCodes;
  if (b.weightCodes) codes.pace = b.weightCodes;
  const chunks = buildChunks(n, sizes, { codes, price: b.prices });
  const runner = new FixtureRunner(NO_SCENARIO, SEED, chunks, visit);
  runner.put('score', (xs) => Float32Array.from(xs), b.scores);
  const budget =
    b.kind === 'reach' ? { kind: 'reach' as const, people: b.budgets[0] ?? 0 } : { kind: 'spend' as const, amount: b.budgets[0] ?? 0 };
  const req: SelectionRequest = { scoreKey: storeKey('score'), outKey: storeKey('out'), budget, tieStream: b.tieStream };
  if (b.groupCodes) req.groups = { attribute: 'grp', budgets: b.budgets };
  if (b.weightCodes) req.weights = { attribute: 'pace', multipliers: b.multipliers ?? [] };
  const result = await selectTop(runner, req);
  return { result, mask: runner.gather('out'), expected: bruteForceSelect(SEED, chunks, b), runner };
}


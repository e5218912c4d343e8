/** Task run once per campaign before its first round: fresh per-person columns, and its audience. */
import type { ChunkState } from '../engine/runner';
import { requireChunk, requireMask } from '../policies/chunk-access';
import { audienceKey, campaignKeys } from './keys';

export function marketStart(state: ChunkState, args: { policyId: string; audienceFrom?: string }): { audience: number } {
  const n = requireChunk(state).size;
  for (const key of campaignKeys(args.policyId)) state.store.delete(key);
  if (args.audienceFrom === undefined) return { audience: 0 };
  // A fairness policy's own selection is the audience its campaign targets (NaN = not targeted).
  const selected = requireMask(state, args.audienceFrom);
  const audience = new Float32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    audience[i] = selected[i] === 1 ? 1 : NaN;
    count += selected[i] === 1 ? 1 : 0;
  }
  state.store.set(audienceKey(args.policyId), audience);
  return { audience: count };
}

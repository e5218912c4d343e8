/** Task: per group, candidates scoring at least the group's threshold, and their total price. */
import type { ChunkState } from '../engine/runner';
import { groupCodes, requireChunk, requireScores } from './chunk-access';

export function policyCountAbove(state: ChunkState, args: { scoreKey: string; attribute: string; thresholds: number[] }): { count: number[]; spend: number[] } {
  const chunk = requireChunk(state);
  const { codes, groups } = groupCodes(state, args.attribute);
  const score = requireScores(state, args.scoreKey);
  const count = new Array<number>(groups).fill(0);
  const spend = new Array<number>(groups).fill(0);
  for (let i = 0; i < chunk.size; i++) {
    const s = score[i] as number;
    const g = codes[i] as number;
    // NaN (not a candidate) fails every comparison.
    if (s >= (args.thresholds[g] ?? Infinity)) {
      count[g] = (count[g] as number) + 1;
      spend[g] = (spend[g] as number) + (chunk.price[i] as number);
    }
  }
  return { count, spend };
}

/** Task: per group, candidates scoring at least the group's threshold, and their total price. */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
import { groupCodes } from './chunk-access';

interface CountAbove {
  count: number[];
  spend: number[];
}

/** Task: per group, the chunk's count and spend above the threshold; merged: summed in chunk order. */
export const policyCountAbove = chunkTask('policyCountAbove', countAbove, (parts: readonly CountAbove[], args): CountAbove => ({
  count: args.thresholds.map((_, g) => parts.reduce((a, p) => a + (p.count[g] as number), 0)),
  spend: args.thresholds.map((_, g) => parts.reduce((a, p) => a + (p.spend[g] as number), 0)),
}));

function countAbove(state: ChunkState, args: { scoreKey: StoreKey<Float32Array>; attribute: string; thresholds: number[] }): CountAbove {
  const chunk = generatedChunk(state);
  const { codes, groups } = groupCodes(state, args.attribute);
  const score = stored(state, args.scoreKey);
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

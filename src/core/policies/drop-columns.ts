/** Tasks that free stored columns: some by name, or all of them. */
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask, sumCounts } from '../engine/chunk-task';
import type { NoArgs } from '../engine/chunk-task';

/** Task: frees per-chunk scratch columns a step no longer needs; merged: how many were freed. */
export const policyDropKeys = chunkTask('policyDropKeys', dropColumns, sumCounts);

function dropColumns(state: ChunkState, args: { keys: string[] }): number {
  let dropped = 0;
  for (const key of args.keys) if (state.store.delete(key)) dropped++;
  return dropped;
}

/** Task: empties the chunk's store (a run whose inputs differ from what the store holds). */
export const storeClear = chunkTask('storeClear', (state: ChunkState, _args: NoArgs): void => state.store.clear());

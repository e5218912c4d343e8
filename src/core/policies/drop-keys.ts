/** Task: frees per-chunk scratch columns a policy step no longer needs. */
import type { ChunkState } from '../engine/runner';

export function policyDropKeys(state: ChunkState, args: { keys: string[] }): number {
  let dropped = 0;
  for (const key of args.keys) if (state.store.delete(key)) dropped++;
  return dropped;
}

/** Task: empties the chunk's store (a run whose inputs differ from what the store holds). */
export function storeClear(state: ChunkState, _args: Record<string, never>): void {
  state.store.clear();
}

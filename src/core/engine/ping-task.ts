/** A task for the runner tests: echoes the chunk index, or fails on purpose on chunk `fail`. */
import type { ChunkState } from './chunk-state';
import { chunkTask } from './chunk-task';

export const ping = chunkTask('ping', (state: ChunkState, args: { fail?: number }): number => {
  if (args.fail === state.index) throw new Error(`chunk ${state.index} failed on purpose`);
  return state.index;
});

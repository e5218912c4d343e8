/**
 * The engine is map-reduce over fixed chunks. A ChunkRunner owns per-chunk state (the generated
 * people, scores, selections) and runs chunk tasks on every chunk; the coordinator in core only
 * sees the small results and merges them in chunk order (each task's `merge`), so the same plan
 * gives identical results in-process (tests), in Web Workers (browser) and in worker threads (Node).
 */
import type { AbortSignalLike } from './chunk-state';
import type { ChunkTask } from './chunk-task';

export interface ChunkRunner {
  readonly chunkCount: number;
  /**
   * Runs `task` on every chunk with the same args; resolves to the results in chunk order.
   * Rejects with an AbortError when `signal` aborts, and with the task's error if one fails.
   */
  map<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, signal?: AbortSignalLike): Promise<Result[]>;
}

/** Runs `task` on every chunk and merges the results with the task's own merge. */
export async function reduceChunks<Args, Result, Merged>(
  runner: ChunkRunner,
  task: ChunkTask<Args, Result, Merged>,
  args: Args,
  signal?: AbortSignalLike,
): Promise<Merged> {
  return task.merge(await runner.map(task, args, signal), args);
}

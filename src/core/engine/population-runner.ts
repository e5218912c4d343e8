/**
 * A ChunkRunner that can be pointed at a new scenario and seed, keeping its generated people when
 * the population identity is unchanged, and that can run a task on a single chunk (for streamed
 * exports). Both the in-process LocalRunner and the WorkerRunner (workers/) implement it.
 */
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import type { AbortSignalLike } from './chunk-state';
import type { ChunkTask } from './chunk-task';
import type { ChunkRunner } from './runner';

export interface PopulationRunner extends ChunkRunner {
  /**
   * Points every chunk at `scenario` and `seed`. Keeps the generated people, and the chunk's store
   * with them, when `populationIdentity(scenario, seed)` equals the loaded one; resolves true if every
   * chunk did (the caller then skips the `generate` task, and the policy step may reuse the stores:
   * policies/run-cache.ts). Chunks that lose their people start with an empty store.
   */
  load(scenario: Scenario, seed: Seed, signal?: AbortSignalLike): Promise<boolean>;
  /** Runs `task` on chunk `chunkIndex` only. */
  mapOne<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, chunkIndex: number, signal?: AbortSignalLike): Promise<Result>;
}

export function isPopulationRunner(runner: ChunkRunner): runner is PopulationRunner {
  const r = runner as Partial<PopulationRunner>;
  return typeof r.load === 'function' && typeof r.mapOne === 'function';
}

/** What the page and the coordinator worker agree on (comlink API shape; progress uses worker-protocol's PROGRESS message). */
import type { RunOutput } from '../src/core/engine/run';
import type { Scenario } from '../src/core/scenario/types';
import type { WorkerCounts } from './worker-runner';

export interface CoordinatorSetup {
  /** Chunk workers the coordinator spawns (nested workers). */
  workers: number;
  /** Populations of at most this many chunks run whole in one chunk worker. */
  singleWorkerChunks: number;
}

export interface CoordinatorRunReply {
  output: RunOutput;
  /** The coordinator's chunk-worker counts so far, and how many are alive now. */
  counts: WorkerCounts;
  live: number;
}

export interface CoordinatorApi {
  /** Runs the scenario; posts a ProgressMessage per report if `progress` is set. */
  run(setup: CoordinatorSetup, scenario: Scenario, replicates: number | undefined, progress: boolean): Promise<CoordinatorRunReply>;
  /** Opens the last run's per-person CSV of one policy; returns a handle for `csvNext`. */
  csvOpen(policyId: string, rows: number | undefined): number;
  /** The next piece of an open CSV (header first); `done` once it is exhausted (the handle is then closed). */
  csvNext(handle: number): Promise<{ done: boolean; value: string }>;
  csvClose(handle: number): void;
  heaps(collect: boolean): Promise<(number | null)[]>;
}

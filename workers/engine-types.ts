/** The engine's public shape, shared by the pooled engine (Node, and inside the coordinator worker) and the page's coordinator client. */
import type { RunOutput, RunProgress } from '../src/core/engine/run';
import type { Scenario } from '../src/core/scenario/types';
import type { WorkerCounts } from './worker-runner';

export type { RunOutput, RunProgress, RunTimings } from '../src/core/engine/run';
export type { WorkerCounts } from './worker-runner';

export interface EngineRunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  /** Replicate seeds to run and aggregate (default: the scenario's `audit.replicates`). */
  replicates?: number;
}

export interface PeopleCsvOptions {
  /** Export at most this many people (the first by global index). */
  rows?: number;
  signal?: AbortSignal;
}

export interface Engine {
  run(scenario: Scenario, options?: EngineRunOptions): Promise<RunOutput>;
  /** The last run's per-person CSV of one policy, chunk by chunk (header first). */
  peopleCsv(policyId: string, options?: PeopleCsvOptions): AsyncIterable<string>;
  /** Workers started, terminated and exited so far (for tests and diagnostics). */
  readonly counts: Readonly<WorkerCounts>;
  /** Live workers right now. */
  readonly liveWorkers: number;
  /** Each live worker's JS heap in bytes (Node only; null elsewhere), after a GC if it can. */
  workerHeaps(collect?: boolean): Promise<(number | null)[]>;
  /**
   * Starts the workers now, at most `limit` (default: all), before the first run needs them, so
   * their start-up overlaps the caller's own (Node only; elsewhere absent).
   */
  prestart?(limit?: number): void;
  dispose(): void;
}

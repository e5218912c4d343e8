/**
 * What the engine worker and its client agree on: the handshake messages outside comlink and the
 * shape of the comlink API. Types only and two constants, so both sides can import it.
 */
import type { Seed } from '../src/core/random/stream';
import type { Scenario } from '../src/core/scenario/types';
import type { RunOutput, RunProgress } from '../src/core/engine/run';

/** Posted once by the worker when its module has loaded and comlink listens. */
export const READY = 'fairground:ready';
/** Posted by the Node launcher when the worker module failed to load (nothing else would report it). */
export const LOAD_ERROR = 'fairground:load-error';

/** Posted by the worker for each progress report of a run it coordinates itself (`runAll`). */
export const PROGRESS = 'fairground:progress';

export interface ProgressMessage {
  type: typeof PROGRESS;
  progress: RunProgress;
}

export function isProgress(value: unknown): value is ProgressMessage {
  return (value as { type?: unknown } | null)?.type === PROGRESS;
}

export interface HandshakeMessage {
  type: typeof READY | typeof LOAD_ERROR;
  message?: string;
}

export function isHandshake(value: unknown): value is HandshakeMessage {
  const t = (value as { type?: unknown } | null)?.type;
  return t === READY || t === LOAD_ERROR;
}

export interface EngineWorkerApi {
  /** Takes ownership of `chunks`; resolves true if it kept their generated people (same population identity). */
  load(scenario: Scenario, seed: Seed, chunks: number[]): boolean;
  /** Runs the task named `task` on each owned chunk; results in the order of the owned chunk list. */
  map(task: string, args: unknown): Promise<unknown[]>;
  /** Runs the task named `task` on one owned chunk. */
  mapOne(task: string, args: unknown, chunk: number): Promise<unknown>;
  /**
   * Takes every chunk of the scenario's population and runs the whole scenario here, coordinator
   * included, so the run makes no round trip per task; posts a ProgressMessage per report if
   * `progress` is set. The runner is left holding the scenario seed's people, as after a run.
   */
  runAll(scenario: Scenario, replicates: number | undefined, progress: boolean): Promise<RunOutput>;
  /**
   * Holds the one chunk of a warm-up scenario (core/engine/warm-up.ts) on a scratch runner of its
   * own, beside the owned chunks, which it leaves alone; true if it kept its people (as `load`).
   */
  warmUpLoad(scenario: Scenario, seed: Seed): boolean;
  /** Runs the task named `task` on the warm-up chunk. */
  warmUpMap(task: string, args: unknown): Promise<unknown>;
  /** Drops the warm-up chunk and everything its tasks stored. */
  warmUpEnd(): void;
  /** This thread's JS heap in bytes (Node), or null where the platform does not say. */
  heapUsed(collect: boolean): number | null;
}

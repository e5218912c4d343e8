/**
 * The engine is map-reduce over fixed chunks. A ChunkRunner owns per-chunk state (the generated
 * people, scores, selections) and runs named tasks on every chunk; the coordinator in core only
 * sees the small results and merges them in chunk order, so the same plan gives identical results
 * in-process (tests), in Web Workers (browser) and in worker threads (Node CLI).
 */
import type { Scenario } from '../scenario/types';
import type { Seed } from '../random/stream';
import type { PopulationChunk } from '../population/chunk';
import type { TASKS } from './tasks';

/** State a runner keeps for one chunk between tasks. */
export interface ChunkState {
  readonly scenario: Scenario;
  readonly seed: Seed;
  readonly index: number;
  /** Set by the `generate` task. */
  chunk: PopulationChunk | undefined;
  /** Per-chunk storage between steps, e.g. `score:<policyId>` → Float64Array. */
  readonly store: Map<string, unknown>;
}

/** The part of AbortSignal the core reads (the core has no DOM types; a real AbortSignal fits). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Throws the signal's reason (an AbortError) if it has aborted. */
export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw signal.reason ?? abortError();
}

export function abortError(): Error {
  const e = new Error('The run was cancelled.');
  e.name = 'AbortError';
  return e;
}

export type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
export type TaskArgs<K extends TaskName> = Parameters<Tasks[K]>[1];
export type TaskResult<K extends TaskName> = ReturnType<Tasks[K]>;

export interface ChunkRunner {
  readonly chunkCount: number;
  /**
   * Runs `task` on every chunk with the same args; resolves to the results in chunk order.
   * Rejects with an AbortError when `signal` aborts, and with the task's error if one fails.
   * Args and results must be structured-cloneable (plain data and typed arrays).
   */
  map<K extends TaskName>(task: K, args: TaskArgs<K>, signal?: AbortSignalLike): Promise<TaskResult<K>[]>;
}

/**
 * What a runner keeps for one chunk between tasks, and the abort helpers every task loop uses.
 * A leaf: it imports types only, so any task, runner or step may import it without a cycle.
 */
import type { PopulationChunk } from '../population/chunk';
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import type { ChunkStore } from './chunk-store';

/** State a runner keeps for one chunk between tasks. */
export interface ChunkState {
  readonly scenario: Scenario;
  readonly seed: Seed;
  readonly index: number;
  /** Set by the `generate` task. */
  chunk: PopulationChunk | undefined;
  /** Per-chunk columns between steps, e.g. `scoreKey(policyId)` → Float32Array. */
  readonly store: ChunkStore;
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

/**
 * What the engine worker and its client agree on: the handshake messages outside comlink and the
 * shape of the comlink API. Types only and two constants, so both sides can import it.
 */
import type { Seed } from '../src/core/random/stream';
import type { Scenario } from '../src/core/scenario/types';
import type { TaskName } from '../src/core/engine/runner';

/** Posted once by the worker when its module has loaded and comlink listens. */
export const READY = 'fairground:ready';
/** Posted by the Node bootstrap when the worker module failed to load (web-worker swallows it). */
export const LOAD_ERROR = 'fairground:load-error';

export interface HandshakeMessage {
  type: typeof READY | typeof LOAD_ERROR;
  message?: string;
}

export function isHandshake(value: unknown): value is HandshakeMessage {
  const t = (value as { type?: unknown } | null)?.type;
  return t === READY || t === LOAD_ERROR;
}

export interface EngineWorkerApi {
  /** Takes ownership of `chunks`; resolves true if it kept their generated people (same population key). */
  load(scenario: Scenario, seed: Seed, chunks: number[]): boolean;
  /** Runs `task` on each owned chunk; results in the order of the owned chunk list. */
  map(task: TaskName, args: unknown): unknown[];
  /** Runs `task` on one owned chunk. */
  mapOne(task: TaskName, args: unknown, chunk: number): unknown;
  /** This thread's JS heap in bytes (Node), or null where the platform does not say. */
  heapUsed(collect: boolean): number | null;
}

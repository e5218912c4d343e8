/**
 * Starting an engine worker and waiting for its handshake. The spawner itself (browser or Node) is
 * passed in, so this file holds no platform code.
 */
import { isHandshake, READY } from './worker-protocol';

/** Creates one engine worker (a Web Worker, or its Node equivalent in node-worker.ts). */
export type SpawnWorker = () => Worker;

/**
 * How long a fresh worker may take to post READY (ms). A worker loads its module in some tens of
 * milliseconds, a few seconds on a machine loaded many times over; one that has not answered by
 * then is stuck, and is terminated rather than waited for forever.
 */
export const READY_WITHIN_MS = 30_000;

/** A performance mark at each worker's READY (the CLI's FAIRGROUND_TIMINGS line reports the last). */
export const WORKER_READY_MARK = 'fairground:worker-ready';

/** A worker that did not post READY in time (it was terminated). */
export class WorkerStartTimeout extends Error {
  constructor(readonly ms: number) {
    super(`the engine worker did not start within ${ms / 1000} s`);
    this.name = 'WorkerStartTimeout';
  }
}

/** A worker that did not start on its second try either: the run cannot go on (its message is one line for the user). */
export class WorkerStartFailure extends Error {
  constructor(ms: number) {
    super(`an engine worker did not start: no answer within ${ms / 1000} s, twice (is the machine overloaded?)`);
    this.name = 'WorkerStartFailure';
  }
}

export interface StartOptions {
  /** Terminate the worker and reject with WorkerStartTimeout if it has not posted READY by then (ms). */
  readyWithinMs?: number;
  /** When this promise settles first, the worker is terminated and the start rejects (its reason, if it rejected). */
  cancel?: Promise<unknown>;
}

/** The message of an error event: an ErrorEvent in browsers, `{ error, message }` from node-worker.ts (the `web-worker` package's is the Error itself). */
export function errorEventMessage(event: unknown): string {
  const e = event as { message?: unknown; error?: { message?: unknown } } | null;
  const m = e?.error?.message ?? e?.message;
  return typeof m === 'string' && m ? m : 'unknown error (see the worker console)';
}

/**
 * Spawns a worker and resolves once it has posted READY, so no call can reach it before comlink
 * listens. Rejects, and terminates the worker, if it fails to load, exits, does not answer within
 * `readyWithinMs` or is cancelled: a start always settles, and leaves no worker behind when it fails.
 */
export function startWorker(spawn: SpawnWorker, options: StartOptions = {}): Promise<Worker> {
  const { readyWithinMs = READY_WITHIN_MS, cancel } = options;
  const worker = spawn();
  return new Promise<Worker>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      done();
      worker.terminate();
      reject(error);
    };
    const onMessage = (event: MessageEvent) => {
      if (!isHandshake(event.data) || settled) return;
      if (event.data.type !== READY) return fail(new Error(`the engine worker failed to load: ${event.data.message ?? 'unknown error'}`));
      settled = true;
      done();
      performance.mark(WORKER_READY_MARK);
      resolve(worker);
    };
    const onError = (event: Event) => fail(new Error(`the engine worker failed to load: ${errorEventMessage(event)}`));
    // Node's workers (node-worker.ts, and the `web-worker` package the tests use) dispatch `close` when the thread exits; browsers never do.
    const onClose = () => fail(new Error('the engine worker exited before it started'));
    const timer = setTimeout(() => fail(new WorkerStartTimeout(readyWithinMs)), readyWithinMs);
    const done = () => {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      worker.removeEventListener('close', onClose);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.addEventListener('close', onClose);
    cancel?.then(
      () => fail(new Error('the engine worker start was cancelled')),
      (reason: unknown) => fail(reason),
    );
  });
}

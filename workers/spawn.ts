/**
 * Starting an engine worker and waiting for its handshake. The spawner itself (browser or Node) is
 * passed in, so this file holds no platform code.
 */
import { isHandshake, READY } from './worker-protocol';

/** Creates one engine worker (a Web Worker, or web-worker's Node equivalent). */
export type SpawnWorker = () => Worker;

/** The message of an error event: an ErrorEvent in browsers, the Error itself on web-worker's Node side. */
export function errorEventMessage(event: unknown): string {
  const e = event as { message?: unknown; error?: { message?: unknown } } | null;
  const m = e?.error?.message ?? e?.message;
  return typeof m === 'string' && m ? m : 'unknown error (see the worker console)';
}

/**
 * Spawns a worker and resolves once it has posted READY, so no call can reach it before comlink
 * listens. Rejects (and terminates the worker) if it fails to load.
 */
export function startWorker(spawn: SpawnWorker): Promise<Worker> {
  const worker = spawn();
  return new Promise<Worker>((resolve, reject) => {
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent) => {
      if (!isHandshake(event.data)) return;
      done();
      if (event.data.type === READY) resolve(worker);
      else {
        worker.terminate();
        reject(new Error(`the engine worker failed to load: ${event.data.message ?? 'unknown error'}`));
      }
    };
    const onError = (event: Event) => {
      done();
      worker.terminate();
      reject(new Error(`the engine worker failed to load: ${errorEventMessage(event)}`));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
}

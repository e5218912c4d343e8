/**
 * The thread side of node-worker.ts: gives a Node worker thread the globals of a dedicated Web
 * Worker that the engine worker and comlink use — `self`, `postMessage(data, transfer)`,
 * `addEventListener` / `removeEventListener` for `message` events — over worker_threads' parent
 * port. Imported for its effect, before the engine worker (engine.worker.node.ts). The client sends
 * nothing before the worker's READY, so no message can come before a listener.
 */
import { parentPort } from 'node:worker_threads';

type Listener = (event: { type: 'message'; data: unknown }) => void;

const port = parentPort;
if (!port) throw new Error('worker-scope.ts runs in a worker thread only');
let listeners: Listener[] = [];
port.on('message', (data: unknown) => {
  const event = { type: 'message' as const, data };
  for (const listener of listeners) listener(event);
});

Object.assign(globalThis, {
  self: globalThis,
  postMessage: (data: unknown, transfer?: Transferable[]) => port.postMessage(data, transfer as never),
  addEventListener: (type: string, listener: Listener) => {
    if (type === 'message') listeners = [...listeners, listener];
  },
  removeEventListener: (type: string, listener: Listener) => {
    if (type === 'message') listeners = listeners.filter((l) => l !== listener);
  },
});

/**
 * Node's engine worker: a worker thread with the Web Worker API (npm `web-worker`), started through
 * a tiny .mjs bootstrap that registers tsx so the thread can load the TypeScript worker module.
 */
import { availableParallelism } from 'node:os';
import NodeWorker from 'web-worker';
import type { SpawnWorker } from './spawn';

const BOOTSTRAP = new URL('./engine.worker.node.mjs', import.meta.url);

export const spawnNodeWorker: SpawnWorker = () => new NodeWorker(BOOTSTRAP, { type: 'module', name: 'fairground-engine' });

/** Default worker count in Node: one per core, at most 8. */
export function nodeWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

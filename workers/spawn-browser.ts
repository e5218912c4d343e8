/**
 * The browser's chunk worker, spawned by the coordinator worker (nested): Vite bundles the module
 * worker from this exact expression. All chunk-worker creation is this one function.
 */
import type { SpawnWorker } from './spawn';

export const spawnBrowserWorker: SpawnWorker = () =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'fairground-engine' });

export { browserWorkerCount } from './worker-count-browser';

/**
 * The browser's chunk worker, spawned by the coordinator worker (nested): Vite bundles the module
 * worker from this exact expression. All chunk-worker creation is this one function. `Worker` here
 * is PageWorker: the chunk worker runs under the page's CSP (no network, no eval; see
 * page-policy-worker.ts).
 */
import { PageWorker as Worker } from './page-policy-worker';
import type { SpawnWorker } from './spawn';

export const spawnBrowserWorker: SpawnWorker = () =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'fairground-engine' });

export { browserWorkerCount } from './worker-count-browser';

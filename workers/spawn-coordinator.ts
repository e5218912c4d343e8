/**
 * The browser's coordinator worker, spawned by the page: Vite bundles the module worker from this
 * exact expression. Kept apart from spawn-browser.ts so the coordinator's bundle does not hold itself.
 * `Worker` here is PageWorker: the coordinator runs under the page's CSP (see page-policy-worker.ts).
 */
import { PageWorker as Worker } from './page-policy-worker';
import type { SpawnWorker } from './spawn';

export const spawnCoordinatorWorker: SpawnWorker = () =>
  new Worker(new URL('./coordinator.worker.ts', import.meta.url), { type: 'module', name: 'fairground-coordinator' });

/**
 * The browser's engine worker. Vite bundles the worker module and gives its URL (`?worker&url`);
 * it is started under the page's CSP (see page-policy-worker.ts), so it cannot reach the network.
 * Only the app imports this file (engine-client loads it dynamically): Node never sees the query.
 */
import engineWorkerUrl from './engine.worker.ts?worker&url';
import { spawnUnderPagePolicy } from './page-policy-worker';
import type { SpawnWorker } from './spawn';

export const spawnBrowserWorker: SpawnWorker = () => spawnUnderPagePolicy(engineWorkerUrl, { name: 'fairground-engine' });

export { browserWorkerCount } from './worker-count-browser';

/** The browser's chunk worker, spawned by the coordinator worker: Vite bundles the module worker from this exact expression. */
import type { SpawnWorker } from './spawn';

export const spawnBrowserWorker: SpawnWorker = () =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'fairground-engine' });

/** Default worker count in a browser: the cores it reports, at most 4 (a laptop stays usable). */
export function browserWorkerCount(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, Math.min(4, cores));
}

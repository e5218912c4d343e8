/**
 * The app's engine: the page's client of the coordinator worker (coordinator-client.ts). The page
 * imports this file and not engine-client.ts, so the page bundle holds no engine code at all — the
 * coordinator and the chunk workers are bundles of their own.
 */
import { CoordinatorEngine } from './coordinator-client';
import type { Engine } from './engine-types';
import { spawnCoordinatorWorker } from './spawn-coordinator';
import { browserWorkerCount } from './worker-count-browser';

/**
 * Measured in Chromium at 100,000 people (4 chunks; `tests/e2e/redraw.bench.ts`, 2 cores shared
 * with other work) with the coordinator in its own worker: the whole run on one thread took a
 * median 157 ms of engine, split over two chunk workers 254 ms — a run makes about 60 rounds of
 * messages, and each waits for both workers to be scheduled.
 */
export const BROWSER_SINGLE_WORKER_CHUNKS = 4;

export function createBrowserEngine(options: { workers?: number; singleWorkerChunks?: number } = {}): Engine {
  return new CoordinatorEngine(spawnCoordinatorWorker, {
    workers: options.workers ?? browserWorkerCount(),
    singleWorkerChunks: options.singleWorkerChunks ?? BROWSER_SINGLE_WORKER_CHUNKS,
  });
}

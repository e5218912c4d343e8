/**
 * Node's engine worker: a worker thread with the Web Worker API (node-worker.ts, worker-scope.ts).
 *
 * Which file the thread loads:
 * - built (dist-cli/, what `fairground` runs): the worker's launcher beside the command line's
 *   bundle, dist-cli/engine.worker.cjs (the bundle reads `import.meta.url` as its own file's URL,
 *   see scripts/cli-bundle.mjs);
 * - from the TypeScript sources with FAIRGROUND_NODE_WORKER set (the tests: vitest builds dist-cli/
 *   first and sets it): that built worker, so tests run the JavaScript that ships;
 * - from the sources otherwise (tsx scripts, benches): a tiny bootstrap that registers tsx so the
 *   thread can compile the TypeScript worker (slower to start, needs the devDependencies).
 * All three load the same worker module, workers/engine.worker.ts, through engine.worker.node.ts.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeWorker } from './node-worker';
import type { SpawnWorker } from './spawn';

function workerFile(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./engine.worker.cjs', import.meta.url);
  const built = process.env.FAIRGROUND_NODE_WORKER;
  return built ? pathToFileURL(resolve(built)) : new URL('./engine.worker.node.mjs', import.meta.url);
}

const WORKER_FILE = workerFile();

/** A performance mark at each worker's spawn (the CLI's FAIRGROUND_TIMINGS line reports the first). */
export const WORKER_SPAWN_MARK = 'fairground:worker-spawn';

/**
 * An engine worker for chunk tasks only: built, it runs a bundle without the coordinator (no zod,
 * no jstat: a quarter of the size, ~5 ms less CPU to READY), which is all the CLI's workers need.
 */
export const spawnNodeWorker: SpawnWorker = () => {
  performance.mark(WORKER_SPAWN_MARK);
  return new NodeWorker(WORKER_FILE, 'fairground-engine', { coordinator: false }) as unknown as Worker;
};

/** An engine worker that can also coordinate a whole run itself (`runAll`: `singleWorkerChunks`). */
export const spawnCoordinatingNodeWorker: SpawnWorker = () => {
  performance.mark(WORKER_SPAWN_MARK);
  return new NodeWorker(WORKER_FILE, 'fairground-engine', { coordinator: true }) as unknown as Worker;
};

/** Default worker count in Node: one per core, at most 8. */
export function nodeWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

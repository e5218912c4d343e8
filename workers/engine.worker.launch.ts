/**
 * dist-cli/engine.worker.cjs, the CommonJS file each Node engine worker thread starts on
 * (node-worker.ts): runs one of the engine worker's bundles (built from engine.worker.node.ts)
 * through V8's code cache (code-cache.ts): `engine.worker.tasks.cjs`, chunk tasks only, or, when
 * the spawner asks for the coordinator (`runAll`), `engine.worker.bundle.cjs`. A load failure is
 * posted back as LOAD_ERROR, so the client reports it instead of waiting for a READY that never comes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { runBundle, WRITE_CODE_CACHE } from './code-cache';
import type { LoadedBundle } from './code-cache';
import { LOAD_ERROR } from './worker-protocol';

/**
 * At build time: a worker is terminated, never told it is done, so it saves its cache after each
 * message it handled (once that task's code has run); the last save holds what the run compiled.
 */
function saveAfterEachMessage(bundle: LoadedBundle): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  parentPort?.on('message', () => {
    clearTimeout(timer);
    timer = setTimeout(() => bundle.save(), 0);
  });
}

try {
  const name = (workerData as { coordinator?: boolean } | undefined)?.coordinator ? 'engine.worker.bundle.cjs' : 'engine.worker.tasks.cjs';
  const bundle = runBundle(fileURLToPath(new URL(`./${name}`, import.meta.url)));
  if (process.env[WRITE_CODE_CACHE]) saveAfterEachMessage(bundle);
  // For profiling: whether V8 took the cache (FAIRGROUND_TIMINGS prints the run's stage timings too).
  if (process.env.FAIRGROUND_TIMINGS) process.stderr.write(`code cache ${name} ${bundle.cache}\n`);
} catch (e) {
  parentPort?.postMessage({ type: LOAD_ERROR, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}

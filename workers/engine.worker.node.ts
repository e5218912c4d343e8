/**
 * dist-cli/engine.worker.mjs, the module each Node engine worker thread starts on (through
 * `web-worker`): runs the engine worker's CommonJS bundle (dist-cli/engine.worker.cjs, built from
 * engine.worker.ts) through V8's code cache (code-cache.ts). web-worker keeps the thread's message
 * queue closed until this module has run, so no call reaches the worker before comlink listens. A
 * load failure is posted back because web-worker would only log it.
 */
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
  addEventListener('message', () => {
    clearTimeout(timer);
    timer = setTimeout(() => bundle.save(), 0);
  });
}

try {
  const bundle = runBundle(fileURLToPath(new URL('./engine.worker.cjs', import.meta.url)));
  if (process.env[WRITE_CODE_CACHE]) saveAfterEachMessage(bundle);
  // For profiling: whether V8 took the cache (FAIRGROUND_TIMINGS prints the run's stage timings too).
  if (process.env.FAIRGROUND_TIMINGS) process.stderr.write(`code cache engine.worker.cjs ${bundle.cache}\n`);
} catch (e) {
  postMessage({ type: LOAD_ERROR, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}

/**
 * Node's engine worker entry (bundled into dist-cli/engine.worker.mjs). Top-level await keeps
 * web-worker's message queue closed until the worker module has loaded; a load failure is posted
 * back because web-worker would only log it.
 */
import { LOAD_ERROR } from './worker-protocol';

try {
  await import('./engine.worker');
} catch (e) {
  postMessage({ type: LOAD_ERROR, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}

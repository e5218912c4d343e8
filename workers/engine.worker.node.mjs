// Starts the engine worker in a Node worker thread: Node cannot load TypeScript on its own, so
// register tsx first. Top-level await keeps web-worker's message queue closed until the module has
// loaded; a load failure is posted back because web-worker would only log it.
import { register } from 'tsx/esm/api';

register();
try {
  await import('./engine.worker.ts');
} catch (e) {
  self.postMessage({ type: 'fairground:load-error', message: e instanceof Error ? e.stack ?? e.message : String(e) });
}

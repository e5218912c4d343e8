// Development path only (vitest and tsx scripts load the TypeScript sources): registers tsx so the
// worker thread can load the TypeScript worker. The command line uses dist-cli/engine.worker.cjs.
// A load failure is posted back because nothing else would report it.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
try {
  await import('./engine.worker.node.ts');
} catch (e) {
  const { LOAD_ERROR } = await import('./worker-protocol.ts');
  parentPort.postMessage({ type: LOAD_ERROR, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}

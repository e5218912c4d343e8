// Development path only (vitest and tsx scripts load the TypeScript sources): registers tsx so the
// worker thread can load the TypeScript worker. The command line uses dist-cli/engine.worker.mjs.
// A load failure is posted back because web-worker would only log it.
import { register } from 'tsx/esm/api';

register();
try {
  await import('./engine.worker.ts');
} catch (e) {
  const { LOAD_ERROR } = await import('./worker-protocol.ts');
  postMessage({ type: LOAD_ERROR, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}

// Development path only (vitest and tsx scripts load the TypeScript sources): registers tsx so the
// worker thread can load the TypeScript entry. The command line uses dist-cli/engine.worker.mjs.
import { register } from 'tsx/esm/api';

register();
await import('./engine.worker.node.ts');

// Test fixture (node-worker.test.ts): a thread with workers/worker-scope.ts's Web Worker globals
// that answers each message with the sum of its buffer's bytes, transferring the buffer back.
import { register } from 'tsx/esm/api';

register();
await import('../../workers/worker-scope.ts');
addEventListener('message', (event) => {
  const bytes = new Uint8Array(event.data.buffer);
  postMessage({ sum: bytes.reduce((a, b) => a + b, 0), self: self === globalThis, buffer: event.data.buffer }, [event.data.buffer]);
});
postMessage('ready');

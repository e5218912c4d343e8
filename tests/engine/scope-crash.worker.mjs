// Test fixture (node-worker.test.ts): a thread that fails after it has started.
setTimeout(() => {
  throw new Error('the thread failed');
}, 0);

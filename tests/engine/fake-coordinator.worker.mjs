// Test fixture: a stand-in for the browser's coordinator worker (same comlink API and messages),
// to test the page's client (workers/coordinator-client.ts) in Node without a browser.
import * as Comlink from 'comlink';

let runs = 0;
Comlink.expose({
  async run(setup, scenario, _replicates, progress) {
    runs++;
    if (progress) postMessage({ type: 'fairground:progress', progress: { stage: 'generate', fraction: 0 } });
    if (scenario.name === 'fail') throw new Error('task "generate" failed on chunk 1: the generator ran out of people');
    if (scenario.name === 'hang') return new Promise(() => {});
    return { output: { results: { name: scenario.name, runs, setup }, timings: { total: 1 } }, counts: { spawned: 2, terminated: 0, exited: 0 }, live: 2 };
  },
  csvOpen() {
    return 7;
  },
  async csvNext(handle) {
    const pieces = ['id,selected\n', '0,1\n'];
    this.at = (this.at ?? -1) + 1;
    return handle === 7 && this.at < pieces.length ? { done: false, value: pieces[this.at] } : { done: true, value: '' };
  },
  csvClose() {},
  async heaps() {
    return [null, null];
  },
});
postMessage({ type: 'fairground:ready' });

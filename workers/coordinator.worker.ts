/**
 * The browser's coordinator worker: the whole engine runs here — the coordinator of
 * `src/core/engine/run.ts` (model fitting, selection rounds, merging) over chunk workers that this
 * worker spawns as nested dedicated workers. The page only sends the scenario and receives
 * progress and results, so no engine work ever lands on the thread that renders and handles input.
 *
 * Nested workers rather than chunk workers owned by the page and wired here by MessageChannels:
 * the page then has one worker to terminate (Chromium terminates a worker's nested workers with
 * it), so Cancel stops everything at once without a message; no port plumbing; and the existing
 * WorkerRunner (spawn, handshake, crash and exit handling) is used unchanged.
 */
import * as Comlink from 'comlink';
import type { CoordinatorApi, CoordinatorSetup } from './coordinator-protocol';
import { PooledEngine } from './pooled-engine';
import { spawnBrowserWorker } from './spawn-browser';
import { PROGRESS, READY } from './worker-protocol';

let engine: PooledEngine | undefined;
let setupKey = '';
const exports = new Map<number, AsyncIterator<string>>();
let nextHandle = 1;

/** The pool for this setup; a different worker count or split starts a new pool. */
function engineFor(setup: CoordinatorSetup): PooledEngine {
  const key = `${setup.workers}/${setup.singleWorkerChunks}`;
  if (engine && key === setupKey) return engine;
  engine?.dispose();
  engine = new PooledEngine(Promise.resolve(spawnBrowserWorker), setup.workers, undefined, setup.singleWorkerChunks);
  setupKey = key;
  return engine;
}

const api: CoordinatorApi = {
  async run(setup, scenario, replicates, progress) {
    const pool = engineFor(setup);
    exports.clear();
    const output = await pool.run(scenario, {
      replicates,
      onProgress: progress ? (p) => postMessage({ type: PROGRESS, progress: p }) : undefined,
    });
    return { output, counts: { ...pool.counts }, live: pool.liveWorkers };
  },
  csvOpen(policyId, rows) {
    if (!engine) throw new Error('run a scenario before exporting people');
    const handle = nextHandle++;
    exports.set(handle, engine.peopleCsv(policyId, rows === undefined ? {} : { rows })[Symbol.asyncIterator]());
    return handle;
  },
  async csvNext(handle) {
    const it = exports.get(handle);
    if (!it) throw new Error('this export is closed');
    const next = await it.next();
    if (next.done) exports.delete(handle);
    return { done: next.done === true, value: next.done ? '' : next.value };
  },
  csvClose(handle) {
    void exports.get(handle)?.return?.();
    exports.delete(handle);
  },
  async heaps(collect) {
    return engine ? engine.workerHeaps(collect) : [];
  },
};

Comlink.expose(api);
postMessage({ type: READY });

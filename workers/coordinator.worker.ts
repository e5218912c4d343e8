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
 *
 * Small populations (`singleWorkerChunks`) run here, in this worker, on an in-thread LocalRunner:
 * the run then makes no round trip at all and its results cross one thread boundary, not two.
 * A second after the first such run, the chunk workers are started and warmed up on a small copy
 * of the scenario (results discarded), so the first large run does not pay for starting workers
 * and compiling their code (measured: a first 1M run 2.9–3.7 s cold against 1.4 s warm).
 */
import * as Comlink from 'comlink';
import { LocalRunner } from '../src/core/engine/local-runner';
import { runScenario } from '../src/core/engine/run';
import type { RunProgress } from '../src/core/engine/run';
import { CHUNK_SIZE, chunkSpans } from '../src/core/population/chunk';
import type { Scenario } from '../src/core/scenario/types';
import type { CoordinatorApi, CoordinatorSetup } from './coordinator-protocol';
import { peopleCsvChunks } from './people-export';
import { PooledEngine } from './pooled-engine';
import { spawnBrowserWorker } from './spawn-browser';
import { PROGRESS, READY } from './worker-protocol';
import type { Results } from '../src/core/results/types';
import { explainSession, sessionOf } from '../src/core/explain/session';
import type { ExplainSession } from '../src/core/explain/session';
import { explainPerson } from '../src/core/explain/explain-person';
import { modelCard } from '../src/core/explain/model-card';
import { thresholdData } from '../src/core/explain/threshold-view';
import { applyStrategy } from '../src/core/explain/apply-strategy';
import { STRATEGY_VIEW } from '../src/core/engine/store-keys';
import { policyDropKeys } from '../src/core/policies/drop-columns';

let engine: PooledEngine | undefined;
let setupKey = '';
/** The in-thread runner of small populations, kept between runs with its people. */
let local: LocalRunner | undefined;
/** What the last good run ran on, for the people export. */
let last: { scenario: Scenario; on: 'local' | 'pool'; results: Results } | undefined;
/** The explain view of the last run (issue 14): its own in-thread run when the pool ran it. */
let explained: { scenario: Scenario; session: Promise<ExplainSession> } | undefined;
/** A user's run is in progress; the chunk workers' warm-up has been scheduled. */
let busy = false;
let warming = false;
const WARM_UP_DELAY_MS = 1000;
/** Two chunks: every chunk worker of a two-worker pool gets one. */
const WARM_UP_PEOPLE = 2 * CHUNK_SIZE;

/** Once, when idle: the pool's workers run a small copy of the scenario, to start and compile them. */
function warmUpSoon(setup: CoordinatorSetup, scenario: Scenario): void {
  if (warming) return;
  warming = true;
  setTimeout(() => {
    if (busy) return;
    const small = { ...scenario, population: { ...scenario.population, size: WARM_UP_PEOPLE } };
    // A failed warm-up only means the first large run starts its workers itself.
    engineFor(setup)
      .run(small, { replicates: 1 })
      .catch(() => undefined);
  }, WARM_UP_DELAY_MS);
}
const exports = new Map<number, AsyncIterator<string>>();
let nextHandle = 1;

/** The pool for this setup; a different worker count or split starts a new pool. */
function engineFor(setup: CoordinatorSetup): PooledEngine {
  const key = `${setup.workers}/${setup.singleWorkerChunks}`;
  if (engine && key === setupKey) return engine;
  engine?.dispose();
  engine = new PooledEngine(Promise.resolve(spawnBrowserWorker), setup.workers, undefined, 0);
  setupKey = key;
  return engine;
}

const api: CoordinatorApi = {
  async run(setup, scenario, replicates, progress) {
    const pool = engineFor(setup);
    exports.clear();
    last = undefined;
    explained = undefined;
    const onProgress = progress ? (p: RunProgress) => postMessage({ type: PROGRESS, progress: p }) : undefined;
    busy = true;
    try {
      if (chunkSpans(scenario.population.size).length <= setup.singleWorkerChunks) {
        local ??= new LocalRunner(scenario);
        try {
          const output = await runScenario(scenario, local, { replicates, onProgress, clock: () => performance.now() });
          last = { scenario, on: 'local', results: output.results };
          warmUpSoon(setup, scenario);
          return { output, counts: { ...pool.counts }, live: pool.liveWorkers };
        } catch (e) {
          local = undefined;
          throw e;
        }
      }
      warming = true;
      const output = await pool.run(scenario, { replicates, onProgress });
      last = { scenario, on: 'pool', results: output.results };
      return { output, counts: { ...pool.counts }, live: pool.liveWorkers };
    } finally {
      busy = false;
    }
  },
  csvOpen(policyId, rows) {
    if (!last || (last.on === 'local' ? !local : !engine)) throw new Error('run a scenario before exporting people');
    const options = rows === undefined ? {} : { rows };
    const handle = nextHandle++;
    const pieces = last.on === 'local' ? peopleCsvChunks(local as LocalRunner, last.scenario, policyId, options) : (engine as PooledEngine).peopleCsv(policyId, options);
    exports.set(handle, pieces[Symbol.asyncIterator]());
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
  async explain(policyId, person, change) {
    return explainPerson(await explainView(), policyId, person, change);
  },
  async card(policyId) {
    return modelCard(await explainView(), policyId);
  },
  async thresholds(policyId, attribute) {
    const s = await explainView();
    return thresholdData(s.scenario, s.states, policyId, attribute);
  },
  async strategy(policyId, attribute, strategy) {
    const s = await explainView();
    const policy = s.scenario.policies.find((p) => p.id === policyId);
    const baseId = policy?.type === 'fairness' ? policy.base : policyId;
    const scored = s.scored.get(baseId);
    if (!scored) throw new Error(`policy "${policyId}" has no scores to set thresholds on`);
    const out = await applyStrategy(s.runner, s.scenario, { id: baseId, ...scored }, attribute, strategy, STRATEGY_VIEW);
    await s.runner.map(policyDropKeys, { keys: [STRATEGY_VIEW] });
    return out;
  },
};

/** The people and models of the last run: the in-thread runner's, or a one-thread re-run of the pool's scenario. */
function explainView(): Promise<ExplainSession> {
  if (!last) return Promise.reject(new Error('run a scenario first'));
  if (explained?.scenario === last.scenario) return explained.session;
  const session = last.on === 'local' && local ? Promise.resolve(sessionOf(last.scenario, local, last.results)) : explainSession(last.scenario);
  explained = { scenario: last.scenario, session };
  return session;
}

Comlink.expose(api);
postMessage({ type: READY });

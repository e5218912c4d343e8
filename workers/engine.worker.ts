/**
 * The engine worker: owns a block of chunks and runs engine tasks on them. One module serves the
 * browser (a module Web Worker bundled by Vite) and Node (worker threads through the `web-worker`
 * package, entered through `engine.worker.node.ts`). It imports the task table and nothing that computes
 * on its own; the coordinator decides what runs when.
 */
import * as Comlink from 'comlink';
import { loadChunkStates } from '../src/core/engine/chunk-states';
import type { LoadedStates } from '../src/core/engine/chunk-states';
import type { PopulationRunner } from '../src/core/engine/population-runner';
import { runScenario } from '../src/core/engine/run';
import type { ChunkState, TaskArgs, TaskName, TaskResult } from '../src/core/engine/runner';
import { TASKS } from '../src/core/engine/tasks';
import { chunkSpans } from '../src/core/population/chunk';
import { PROGRESS, READY } from './worker-protocol';
import type { EngineWorkerApi } from './worker-protocol';
import { heldBuffers, transferableBuffers } from './transferables';

let loaded: LoadedStates | undefined;

function run(task: TaskName, args: unknown, state: ChunkState): unknown {
  const fn = TASKS[task] as ((state: ChunkState, args: unknown) => unknown) | undefined;
  if (typeof fn !== 'function') throw new Error(`unknown task "${String(task)}"`);
  try {
    return fn(state, args);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`task "${task}" failed on chunk ${state.index}: ${message}`, { cause: e });
  }
}

/** Transfers the result's own buffers; keeps those the chunks still hold. */
function handOver<T>(result: T): T {
  const states = loaded?.states ?? [];
  const held = heldBuffers(states.flatMap((s) => [s.chunk, ...s.store.values()]));
  const buffers = transferableBuffers(result, held);
  return buffers.length ? Comlink.transfer(result, buffers) : result;
}

function stateOf(chunk: number): ChunkState {
  const state = loaded?.states.find((s) => s.index === chunk);
  if (!state) throw new Error(`this worker does not hold chunk ${chunk}`);
  return state;
}

/**
 * This worker as the whole runner: it takes every chunk of the population and runs the tasks
 * itself, so a run coordinated here (`runAll`) makes no round trip to another thread.
 */
const allChunks: PopulationRunner = {
  get chunkCount() {
    return loaded?.states.length ?? 0;
  },
  async load(scenario, seed) {
    loaded = loadChunkStates(loaded, scenario, seed, chunkSpans(scenario.population.size).map((s) => s.index));
    return loaded.kept;
  },
  async map<K extends TaskName>(task: K, args: TaskArgs<K>) {
    return (loaded?.states ?? []).map((state) => run(task, args, state) as TaskResult<K>);
  },
  async mapOne<K extends TaskName>(task: K, args: TaskArgs<K>, chunk: number) {
    return run(task, args, stateOf(chunk)) as TaskResult<K>;
  },
};

const api: EngineWorkerApi = {
  load(scenario, seed, chunks) {
    loaded = loadChunkStates(loaded, scenario, seed, chunks);
    return loaded.kept;
  },
  map(task, args) {
    const states = loaded?.states ?? [];
    return handOver(states.map((state) => run(task, args, state)));
  },
  mapOne(task, args, chunk) {
    return handOver(run(task, args, stateOf(chunk)));
  },
  runAll(scenario, replicates, progress) {
    return runScenario(scenario, allChunks, {
      replicates,
      clock: () => performance.now(),
      onProgress: progress ? (p) => postMessage({ type: PROGRESS, progress: p }) : undefined,
    });
  },
  heapUsed(collect) {
    const g = globalThis as { gc?: () => void; process?: { memoryUsage?: () => { heapUsed: number } } };
    if (collect) g.gc?.();
    return g.process?.memoryUsage?.().heapUsed ?? null;
  },
};

Comlink.expose(api);
postMessage({ type: READY });

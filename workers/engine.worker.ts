/**
 * The engine worker: owns a block of chunks and runs engine tasks on them. One module serves the
 * browser (a module Web Worker bundled by Vite) and Node (worker threads through the `web-worker`
 * package, started by `engine.worker.node.mjs`). It imports the task table and nothing that computes
 * on its own; the coordinator decides what runs when.
 */
import * as Comlink from 'comlink';
import { loadChunkStates } from '../src/core/engine/chunk-states';
import type { LoadedStates } from '../src/core/engine/chunk-states';
import type { ChunkState, TaskName } from '../src/core/engine/runner';
import { TASKS } from '../src/core/engine/tasks';
import { READY } from './worker-protocol';
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
    const state = loaded?.states.find((s) => s.index === chunk);
    if (!state) throw new Error(`this worker does not hold chunk ${chunk}`);
    return handOver(run(task, args, state));
  },
  heapUsed(collect) {
    const g = globalThis as { gc?: () => void; process?: { memoryUsage?: () => { heapUsed: number } } };
    if (collect) g.gc?.();
    return g.process?.memoryUsage?.().heapUsed ?? null;
  },
};

Comlink.expose(api);
postMessage({ type: READY });

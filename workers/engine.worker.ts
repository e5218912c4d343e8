/**
 * The engine worker: owns a block of chunks and runs engine tasks on them. One module serves the
 * browser (a module Web Worker bundled by Vite) and Node (worker threads with the Web Worker globals
 * of worker-scope.ts, entered through `engine.worker.node.ts`). It holds one in-process LocalRunner over its
 * chunks and the task table; the coordinator decides what runs when.
 */
import * as Comlink from 'comlink';
import { LocalRunner } from '../src/core/engine/local-runner';
import { taskNamed } from './chunk-task-table';
import { PROGRESS, READY } from './worker-protocol';
import type { EngineWorkerApi } from './worker-protocol';
import { heldBuffers, transferList } from './transferables';

/** This worker's chunks; `runAll` makes it the whole runner (every chunk of the population). */
const chunks = new LocalRunner(undefined, undefined, { nameFailures: true });

/** The warm-up's one chunk while a warm-up runs (`warmUpLoad` … `warmUpEnd`). */
let warmUp: LocalRunner | undefined;

/** Transfers the result's own large buffers (transferables.ts); keeps those the runner's chunks still hold. */
function handOver<T>(result: T, runner: LocalRunner = chunks): T {
  const buffers = transferList(result, () => heldBuffers(runner.states.flatMap((s) => [s.chunk, ...s.store.values()])));
  return buffers.length ? Comlink.transfer(result, buffers) : result;
}

const api: EngineWorkerApi = {
  load(scenario, seed, indices) {
    return chunks.loadChunks(scenario, seed, indices);
  },
  async map(task, args) {
    return handOver(await chunks.map(taskNamed(task), args));
  },
  async mapOne(task, args, chunk) {
    return handOver(await chunks.mapOne(taskNamed(task), args, chunk));
  },
  async runAll(scenario, replicates, progress) {
    // Loaded on first use: the coordinator brings the policy registry and with it the scenario
    // schema (zod), which the chunk tasks never need; a worker that only runs tasks starts without.
    const { runScenario } = await import('../src/core/engine/run');
    return runScenario(scenario, chunks, {
      replicates,
      clock: () => performance.now(),
      onProgress: progress ? (p) => postMessage({ type: PROGRESS, progress: p }) : undefined,
    });
  },
  warmUpLoad(scenario, seed) {
    warmUp ??= new LocalRunner(undefined, undefined, { nameFailures: true });
    return warmUp.loadChunks(scenario, seed, [0]);
  },
  async warmUpMap(task, args) {
    if (!warmUp) throw new Error('no warm-up is loaded');
    return handOver(await warmUp.mapOne(taskNamed(task), args, 0), warmUp);
  },
  warmUpEnd() {
    warmUp = undefined;
  },
  heapUsed(collect) {
    const g = globalThis as { gc?: () => void; process?: { memoryUsage?: () => { heapUsed: number } } };
    if (collect) g.gc?.();
    return g.process?.memoryUsage?.().heapUsed ?? null;
  },
};

Comlink.expose(api);
postMessage({ type: READY });

/**
 * The engine as the UI and the CLI see it: `createEngine()` gives an object that runs scenarios,
 * streams the per-person export of the last run, and is released with `dispose()`.
 *
 *   const engine = createEngine({ workers: 2 });
 *   const { results, timings } = await engine.run(scenario, { signal, onProgress });
 *   for await (const text of engine.peopleCsv('delivery')) …
 *   engine.dispose();
 *
 * In a browser the whole engine — coordinator included (model fitting, selection rounds, merging)
 * — runs in one coordinator worker that spawns the chunk workers as nested workers; the page only
 * sends the scenario and receives progress and results (coordinator-client.ts; the app imports
 * browser-engine.ts directly so its bundle holds no engine code). In Node the
 * coordinator runs in the calling thread over worker threads (pooled-engine.ts).
 *
 * Runs are queued one after another. Workers are kept between runs and keep their people when the
 * population, behaviour, seed and size are unchanged (only history, policies and audit are redone).
 * A cancelled or failed run terminates every worker; the next run starts new ones.
 */
import { createBrowserEngine } from './browser-engine';
import type { Engine } from './engine-types';
import { PooledEngine } from './pooled-engine';
import type { SpawnWorker } from './spawn';
import type * as NodeSpawn from './spawn-node';

export type { Engine, EngineRunOptions, PeopleCsvOptions, RunOutput, RunProgress, RunTimings } from './engine-types';

export interface EngineOptions {
  /** Number of chunk workers (default: the cores, at most 4 in a browser and 8 in Node). */
  workers?: number;
  /** Where the workers run; `auto` (default) picks the browser when there is a `window`. */
  kind?: 'browser' | 'node' | 'auto';
  /** Overrides how a chunk worker is started (tests); the coordinator then runs in this thread. */
  spawn?: SpawnWorker;
  /**
   * Populations of at most this many chunks run whole in one chunk worker, coordinator included (no
   * round trip per task). Default: 4 chunks (131,072 people) in a browser (browser-engine.ts), 0
   * (always split over the workers) in Node. Results are identical either way.
   */
  singleWorkerChunks?: number;
  /**
   * Fresh workers first run a small copy of a scenario of at least this many chunks, a JIT warm-up
   * that costs less than it saves on a large run (core/engine/warm-up.ts). Default: never.
   */
  warmUpChunks?: number;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const kind = options.kind && options.kind !== 'auto' ? options.kind : 'window' in globalThis ? 'browser' : 'node';
  if (kind === 'browser' && !options.spawn) return createBrowserEngine(options);
  const single = options.singleWorkerChunks ?? 0;
  if (options.spawn) return new PooledEngine(Promise.resolve(options.spawn), options.workers ?? 2, undefined, single, options.warmUpChunks);
  // Node's spawner is loaded by a specifier Vite does not follow, so the app never bundles Node code.
  const nodeModule = './spawn-node';
  const spawner = import(/* @vite-ignore */ nodeModule) as Promise<typeof NodeSpawn>;
  return new PooledEngine(
    spawner.then((m) => m.spawnNodeWorker),
    options.workers,
    spawner.then((m) => m.nodeWorkerCount()),
    single,
    options.warmUpChunks,
  );
}

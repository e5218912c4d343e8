/**
 * The engine as the UI and the CLI see it: `createEngine()` gives an object that runs scenarios on
 * a pool of engine workers, streams the per-person export of the last run, and is released with
 * `dispose()`.
 *
 *   const engine = createEngine({ workers: 2 });
 *   const { results, timings } = await engine.run(scenario, { signal, onProgress });
 *   for await (const text of engine.peopleCsv('delivery')) …
 *   engine.dispose();
 *
 * Runs are queued one after another. Workers are kept between runs and keep their people when the
 * population, behaviour, seed and size are unchanged (only history, policies and audit are redone).
 * A cancelled or failed run terminates every worker; the next run starts new ones.
 */
import { runScenario } from '../src/core/engine/run';
import type { RunOutput, RunProgress } from '../src/core/engine/run';
import { chunkSpans } from '../src/core/population/chunk';
import type { Scenario } from '../src/core/scenario/types';
import { peopleCsvChunks } from './people-export';
import type { SpawnWorker } from './spawn';
import { browserWorkerCount } from './worker-count-browser';
import { abortReason, WorkerRunner } from './worker-runner';
import type { WorkerCounts } from './worker-runner';
import type * as NodeSpawn from './spawn-node';

export type { RunOutput, RunProgress, RunTimings } from '../src/core/engine/run';

export interface EngineOptions {
  /** Number of workers (default: the cores, at most 4 in a browser and 8 in Node). */
  workers?: number;
  /** Where the workers run; `auto` (default) picks the browser when there is a `window`. */
  kind?: 'browser' | 'node' | 'auto';
  /** Overrides how a worker is started (tests). */
  spawn?: SpawnWorker;
  /**
   * Populations of at most this many chunks run whole in one worker, coordinator included (no
   * round trip per task; the page's rendering cannot delay the run). Default: 4 chunks (131,072
   * people) in a browser when `workers` is not given, else 0 (always split over the workers).
   * Results are identical either way.
   */
  singleWorkerChunks?: number;
}

export interface EngineRunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  /** Replicate seeds to run and aggregate (default: the scenario's `audit.replicates`). */
  replicates?: number;
}

export interface PeopleCsvOptions {
  /** Export at most this many people (the first by global index). */
  rows?: number;
  signal?: AbortSignal;
}

export interface Engine {
  run(scenario: Scenario, options?: EngineRunOptions): Promise<RunOutput>;
  /** The last run's per-person CSV of one policy, chunk by chunk (header first). */
  peopleCsv(policyId: string, options?: PeopleCsvOptions): AsyncIterable<string>;
  /** Workers started, terminated and exited so far (for tests and diagnostics). */
  readonly counts: Readonly<WorkerCounts>;
  /** Live workers right now. */
  readonly liveWorkers: number;
  /** Each live worker's JS heap in bytes (Node only; null elsewhere), after a GC if it can. */
  workerHeaps(collect?: boolean): Promise<(number | null)[]>;
  dispose(): void;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const kind = options.kind && options.kind !== 'auto' ? options.kind : 'window' in globalThis ? 'browser' : 'node';
  const single = options.singleWorkerChunks ?? (kind === 'browser' && options.workers === undefined ? BROWSER_SINGLE_WORKER_CHUNKS : 0);
  if (options.spawn) return new PooledEngine(Promise.resolve(options.spawn), options.workers ?? 2, undefined, single);
  if (kind === 'browser') {
    // Loaded on demand: the browser spawner imports the bundled worker's URL through a Vite query.
    const spawner = import('./spawn-browser').then((m) => m.spawnBrowserWorker);
    return new PooledEngine(spawner, options.workers ?? browserWorkerCount(), undefined, single);
  }
  // Node's spawner is loaded by a specifier Vite does not follow, so the app never bundles Node code.
  const nodeModule = './spawn-node';
  const spawner = import(/* @vite-ignore */ nodeModule) as Promise<typeof NodeSpawn>;
  return new PooledEngine(
    spawner.then((m) => m.spawnNodeWorker),
    options.workers,
    spawner.then((m) => m.nodeWorkerCount()),
    single,
  );
}

/**
 * Measured in Chromium at 100,000 people (4 chunks; `tests/e2e/redraw.bench.ts`, 2 cores): on a
 * quiet machine one worker is about as fast as two coordinated from the page (~280–300 ms of
 * engine either way: the second worker's gain is spent on ~50 round trips whose replies wait
 * behind the page's rendering), and with the cores shared it is about twice as fast (run→draw
 * ~440 ms against ~820–950 ms).
 */
const BROWSER_SINGLE_WORKER_CHUNKS = 4;

class PooledEngine implements Engine {
  readonly counts: WorkerCounts = { spawned: 0, terminated: 0, exited: 0 };
  private runner: WorkerRunner | undefined;
  private last: Scenario | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly spawn: Promise<SpawnWorker>,
    private readonly workers: number | undefined,
    private readonly defaultWorkers: Promise<number> = Promise.resolve(2),
    private readonly singleWorkerChunks = 0,
  ) {}

  get liveWorkers(): number {
    return this.runner?.alive ? this.runner.workerCount : 0;
  }

  run(scenario: Scenario, options: EngineRunOptions = {}): Promise<RunOutput> {
    return this.enqueue(async () => {
      const runner = await this.liveRunner();
      this.last = undefined;
      const { signal } = options;
      const onAbort = () => runner.terminate(abortReason(signal));
      signal?.addEventListener('abort', onAbort);
      try {
        const single = chunkSpans(scenario.population.size).length <= this.singleWorkerChunks;
        const out = single
          ? await runner.runAll(scenario, { signal, onProgress: options.onProgress, replicates: options.replicates })
          : await runScenario(scenario, runner, {
              signal,
              onProgress: options.onProgress,
              replicates: options.replicates,
              clock: () => performance.now(),
            });
        this.last = scenario;
        return out;
      } catch (e) {
        // A failed or cancelled run leaves no worker behind; the next run starts fresh ones.
        runner.terminate(e);
        throw e;
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    });
  }

  async *peopleCsv(policyId: string, options: PeopleCsvOptions = {}): AsyncIterable<string> {
    const scenario = this.last;
    const runner = this.runner;
    if (!scenario || !runner?.alive) throw new Error('run a scenario before exporting people');
    yield* peopleCsvChunks(runner, scenario, policyId, options);
  }

  async workerHeaps(collect = false): Promise<(number | null)[]> {
    return this.runner?.alive ? this.runner.workerHeaps(collect) : [];
  }

  dispose(): void {
    this.disposed = true;
    this.runner?.terminate();
    this.runner = undefined;
    this.last = undefined;
  }

  private async liveRunner(): Promise<WorkerRunner> {
    if (this.disposed) throw new Error('the engine was disposed');
    if (this.runner?.alive) return this.runner;
    const workers = this.workers ?? (await this.defaultWorkers);
    this.runner = new WorkerRunner(await this.spawn, workers, this.counts);
    return this.runner;
  }

  /** Runs one job after another, so two runs never interleave tasks on the same workers. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

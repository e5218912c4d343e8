/**
 * A ChunkRunner over N engine workers. Chunks are split into contiguous blocks, one per worker
 * (`workerBlocks`); each worker keeps its chunks' people and store between tasks, and `map` sends
 * one message per worker and reassembles the results in chunk order.
 *
 * Run control: an abort terminates every worker at once and rejects with the AbortError; a task
 * error, a crash or an unexpected exit terminates every worker and rejects with the worker's
 * message. A runner that has been terminated stays dead: the engine makes a new one.
 */
import * as Comlink from 'comlink';
import { workerBlocks } from '../src/core/engine/chunk-blocks';
import type { PopulationRunner } from '../src/core/engine/population-runner';
import { abortError, throwIfAborted } from '../src/core/engine/chunk-state';
import type { AbortSignalLike } from '../src/core/engine/chunk-state';
import type { ChunkTask } from '../src/core/engine/chunk-task';
import { chunkSpans } from '../src/core/population/chunk';
import type { Seed } from '../src/core/random/stream';
import type { Scenario } from '../src/core/scenario/types';
import type { RunOutput, RunProgress } from '../src/core/engine/run';
import { errorEventMessage, READY_WITHIN_MS, startWorker, WorkerStartFailure, WorkerStartTimeout } from './spawn';
import type { SpawnWorker } from './spawn';
import { isProgress } from './worker-protocol';
import { WarmUpRunner } from './warm-up-runner';
import { warmUpScenario } from '../src/core/engine/warm-up';
import type { EngineWorkerApi } from './worker-protocol';

interface Handle {
  readonly worker: Worker;
  readonly remote: Comlink.Remote<EngineWorkerApi>;
  chunks: number[];
}

/** Counts shared by the runners of one engine, so tests can see that no worker is left behind. */
export interface WorkerCounts {
  spawned: number;
  terminated: number;
  /** Workers whose thread has exited (Node reports it; browsers do not, so it stays 0 there). */
  exited: number;
}

export class WorkerRunner implements PopulationRunner {
  private handles: Handle[] = [];
  /**
   * Every live worker, from its READY on: also those started but not yet among `handles` (the
   * others of their batch still starting), so terminating the runner leaves none behind.
   */
  private readonly live = new Set<Worker>();
  private chunks = 0;
  private failure: unknown;
  private readonly dead: Promise<never>;
  private kill!: (reason: unknown) => void;

  constructor(
    private readonly spawn: SpawnWorker,
    private readonly workers: number,
    readonly counts: WorkerCounts = { spawned: 0, terminated: 0, exited: 0 },
    private readonly readyWithinMs = READY_WITHIN_MS,
  ) {
    this.dead = new Promise<never>((_, reject) => (this.kill = reject));
    // Every pending call races this promise; it only rejects, and callers see it through the race.
    this.dead.catch(() => undefined);
  }

  get chunkCount(): number {
    return this.chunks;
  }

  /** False once terminated (cancelled, failed or disposed). */
  get alive(): boolean {
    return this.failure === undefined;
  }

  /** The most workers this runner starts. */
  get workerLimit(): number {
    return this.workers;
  }

  /** Live workers of this runner. */
  get workerCount(): number {
    return this.handles.length;
  }

  /**
   * Starts workers up to `count` before there is a scenario (the CLI boots them while it reads and
   * validates the file). A later load uses them all; workers beyond the chunks get none.
   */
  async prestart(count: number): Promise<void> {
    await this.startUpTo(count);
  }

  async load(scenario: Scenario, seed: Seed, signal?: AbortSignalLike): Promise<boolean> {
    const chunks = chunkSpans(scenario.population.size).length;
    await this.startFor(chunks, signal);
    const blocks = workerBlocks(chunks, this.handles.length);
    const kept = await this.guard(
      Promise.all(this.handles.map((h, w) => h.remote.load(scenario, seed, blocks[w] ?? []))),
      signal,
    );
    this.handles.forEach((h, w) => (h.chunks = blocks[w] ?? []));
    this.chunks = chunks;
    return kept.every(Boolean);
  }

  /**
   * A JIT warm-up before the first run on these workers (core/engine/warm-up.ts): `run` gets the
   * scenario's warm-up copy and a runner over every worker's scratch chunk, and may use this runner
   * meanwhile (core/engine/warm-up-run.ts generates the real population in the warm-up's waits).
   * Starts the workers the scenario needs first. A warm-up that fails is not the run's failure: it
   * is dropped and the workers carry on; a failure of this runner (a task error, a crash, an abort)
   * terminates the workers and rejects, as ever.
   */
  async warmUp(scenario: Scenario, run: (warmUp: Scenario, runner: PopulationRunner) => Promise<unknown>, signal?: AbortSignalLike): Promise<void> {
    const small = warmUpScenario(scenario);
    if (!small) return;
    await this.startFor(chunkSpans(scenario.population.size).length, signal);
    const runner = new WarmUpRunner(this.handles.map((h) => h.remote));
    try {
      await Promise.race([run(small, runner).finally(() => runner.end()), this.dead]);
    } catch {
      if (this.failure !== undefined) throw this.failure;
    }
    throwIfAborted(signal);
  }

  /** Starts workers up to the most this runner uses for a population of `chunks` chunks. */
  private async startFor(chunks: number, signal?: AbortSignalLike): Promise<void> {
    await this.startUpTo(Math.max(1, Math.min(this.workers, chunks)), signal);
  }

  private async startUpTo(count: number, signal?: AbortSignalLike): Promise<void> {
    if (this.handles.length >= count) return;
    const started = this.guard(Promise.all(Array.from({ length: count - this.handles.length }, () => this.start())), signal);
    this.handles.push(...(await started));
  }

  /**
   * Runs the whole scenario, coordinator included, in one worker that takes every chunk (the other
   * workers, if any, drop theirs). For small populations this beats spreading the chunks: a run
   * makes about fifty map calls, each a round trip through this thread's event loop, which in a
   * browser also renders the page. Results are the same as with any split.
   */
  async runAll(scenario: Scenario, options: { signal?: AbortSignalLike; onProgress?: (p: RunProgress) => void; replicates?: number } = {}): Promise<RunOutput> {
    const { signal, onProgress } = options;
    if (this.handles.length === 0) this.handles.push(await this.guard(this.start(), signal));
    const [first, ...rest] = this.handles as [Handle, ...Handle[]];
    const chunks = chunkSpans(scenario.population.size).map((s) => s.index);
    const dropped = rest.filter((h) => h.chunks.length > 0);
    const onMessage = (event: MessageEvent) => {
      if (isProgress(event.data)) onProgress?.(event.data.progress);
    };
    first.worker.addEventListener('message', onMessage);
    try {
      const [out] = await this.guard(
        Promise.all([
          first.remote.runAll(scenario, options.replicates, onProgress !== undefined),
          ...dropped.map((h) => h.remote.load(scenario, scenario.seed, [])),
        ]),
        signal,
      );
      return out;
    } finally {
      first.worker.removeEventListener('message', onMessage);
      // Whatever happened, the first worker now holds every chunk and the others none.
      first.chunks = chunks;
      for (const h of rest) h.chunks = [];
      this.chunks = chunks.length;
    }
  }

  async map<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, signal?: AbortSignalLike): Promise<Result[]> {
    const perWorker = await this.guard(
      Promise.all(this.handles.map((h) => (h.chunks.length ? h.remote.map(task.name, args) : Promise.resolve([])))),
      signal,
    );
    const out = new Array<Result>(this.chunks);
    // The worker ran `task` itself (looked up by its name), so its results are the task's.
    this.handles.forEach((h, w) => h.chunks.forEach((c, i) => (out[c] = perWorker[w]?.[i] as Result)));
    return out;
  }

  async mapOne<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, chunkIndex: number, signal?: AbortSignalLike): Promise<Result> {
    const owner = this.handles.find((h) => h.chunks.includes(chunkIndex));
    if (!owner) throw new Error(`there is no chunk ${chunkIndex} (the population has ${this.chunks})`);
    return (await this.guard(owner.remote.mapOne(task.name, args, chunkIndex), signal)) as Result;
  }

  /** This thread-side view of each worker's heap in bytes (null where the platform does not say). */
  async workerHeaps(collect = false): Promise<(number | null)[]> {
    return this.guard(Promise.all(this.handles.map((h) => h.remote.heapUsed(collect))));
  }

  /** Terminates every worker now; pending and later calls reject with `reason`. Idempotent. */
  terminate(reason: unknown = new Error('the engine was disposed')): void {
    if (this.failure !== undefined) return;
    this.failure = reason;
    for (const worker of this.live) {
      worker.terminate();
      this.counts.terminated++;
    }
    this.live.clear();
    this.handles = [];
    this.kill(reason);
  }

  private async start(): Promise<Handle> {
    let worker: Worker;
    try {
      worker = await this.startOne().catch((e: unknown) => {
        if (!(e instanceof WorkerStartTimeout)) throw e;
        // A worker that never answered (seen, rarely, on a heavily loaded machine): one more try.
        return this.startOne().catch((again: unknown) => {
          if (!(again instanceof WorkerStartTimeout)) throw again;
          throw new WorkerStartFailure(again.ms);
        });
      });
    } catch (e) {
      throw this.failure ?? e;
    }
    if (this.failure !== undefined) {
      // Terminated while this one was starting: do not leave it behind.
      worker.terminate();
      this.counts.terminated++;
      throw this.failure;
    }
    this.live.add(worker);
    worker.addEventListener('error', (event) => this.terminate(new Error(`an engine worker crashed: ${errorEventMessage(event)}`)));
    // Node's workers (node-worker.ts, and the `web-worker` package the tests use) dispatch `close` when the thread exits; browsers never do.
    worker.addEventListener('close', () => {
      this.counts.exited++;
      this.terminate(new Error('an engine worker exited unexpectedly'));
    });
    return { worker, remote: Comlink.wrap<EngineWorkerApi>(worker), chunks: [] };
  }

  /** One worker up to its READY; a failed start has terminated its worker. Terminating the runner cancels it. */
  private async startOne(): Promise<Worker> {
    this.counts.spawned++;
    try {
      return await startWorker(this.spawn, { readyWithinMs: this.readyWithinMs, cancel: this.dead });
    } catch (e) {
      this.counts.terminated++;
      throw e;
    }
  }

  /**
   * Races `work` against the runner's death and the signal. Any failure terminates every worker,
   * so a task error leaves none behind and a cancel stops the work within one message.
   */
  private async guard<T>(work: Promise<T>, signal?: AbortSignalLike): Promise<T> {
    if (this.failure !== undefined) throw this.failure;
    throwIfAborted(signal);
    const target = signal as (AbortSignalLike & Partial<EventTarget>) | undefined;
    const onAbort = () => this.terminate(abortReason(signal));
    target?.addEventListener?.('abort', onAbort);
    try {
      return await Promise.race([work, this.dead]);
    } catch (e) {
      this.terminate(e);
      throw this.failure;
    } finally {
      target?.removeEventListener?.('abort', onAbort);
    }
  }
}

/** The signal's reason if it is an AbortError (as `AbortController.abort()` gives), else one of ours. */
export function abortReason(signal: AbortSignalLike | undefined): Error {
  const r = signal?.reason;
  return r instanceof Error && r.name === 'AbortError' ? r : abortError();
}

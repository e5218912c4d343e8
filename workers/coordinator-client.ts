/**
 * The page's side of the browser engine: one coordinator worker (coordinator.worker.ts) that runs
 * the whole engine over its own nested chunk workers. The page sends the scenario and receives
 * progress messages and the results, nothing else, so a run puts no engine work on the page thread.
 *
 * Cancel terminates the coordinator worker, which terminates its nested chunk workers with it:
 * everything stops at once and the next run starts a fresh coordinator. A task error rejects with
 * the worker's message (the coordinator has then already terminated its chunk workers) and keeps
 * the coordinator; a crash of the coordinator itself rejects the run and drops it. Between runs the
 * coordinator and its warm chunk workers are kept, with their people.
 */
import * as Comlink from 'comlink';
import type { Scenario } from '../src/core/scenario/types';
import type { CoordinatorApi, CoordinatorRunReply, CoordinatorSetup } from './coordinator-protocol';
import type { Engine, EngineRunOptions, PeopleCsvOptions, RunOutput, WorkerCounts } from './engine-types';
import { errorEventMessage, startWorker } from './spawn';
import type { SpawnWorker } from './spawn';
import { isProgress } from './worker-protocol';
import { abortReason } from './worker-runner';

interface Coordinator {
  readonly worker: Worker;
  readonly remote: Comlink.Remote<CoordinatorApi>;
  /** Rejects when the coordinator is terminated or crashes. */
  readonly dead: Promise<never>;
  kill(reason: unknown): void;
  /** Its chunk-worker counts as last reported. */
  reported: CoordinatorRunReply | undefined;
}

export class CoordinatorEngine implements Engine {
  /** Chunk workers over every coordinator this engine started (as last reported). */
  private readonly past: WorkerCounts = { spawned: 0, terminated: 0, exited: 0 };
  private current: Coordinator | undefined;
  private hasRun = false;
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly spawn: SpawnWorker,
    private readonly setup: CoordinatorSetup,
  ) {}

  get counts(): Readonly<WorkerCounts> {
    const now = this.current?.reported?.counts;
    return {
      spawned: this.past.spawned + (now?.spawned ?? 0),
      terminated: this.past.terminated + (now?.terminated ?? 0),
      exited: this.past.exited + (now?.exited ?? 0),
    };
  }

  get liveWorkers(): number {
    return this.current?.reported?.live ?? 0;
  }

  run(scenario: Scenario, options: EngineRunOptions = {}): Promise<RunOutput> {
    return this.enqueue(async () => {
      const { signal, onProgress } = options;
      if (signal?.aborted) throw abortReason(signal);
      const c = await this.coordinator();
      this.hasRun = false;
      const onMessage = (event: MessageEvent) => {
        if (isProgress(event.data)) onProgress?.(event.data.progress);
      };
      c.worker.addEventListener('message', onMessage);
      const onAbort = () => this.drop(abortReason(signal));
      signal?.addEventListener('abort', onAbort);
      try {
        const reply = await Promise.race([c.remote.run(this.setup, scenario, options.replicates, onProgress !== undefined), c.dead]);
        c.reported = reply;
        this.hasRun = true;
        return reply.output;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        c.worker.removeEventListener('message', onMessage);
      }
    });
  }

  async *peopleCsv(policyId: string, options: PeopleCsvOptions = {}): AsyncIterable<string> {
    const c = this.current;
    if (!c || !this.hasRun) throw new Error('run a scenario before exporting people');
    const { signal } = options;
    const onAbort = () => this.drop(abortReason(signal));
    signal?.addEventListener('abort', onAbort);
    let handle: number | undefined;
    try {
      handle = await Promise.race([c.remote.csvOpen(policyId, options.rows), c.dead]);
      for (;;) {
        const next = await Promise.race([c.remote.csvNext(handle), c.dead]);
        if (next.done) {
          handle = undefined;
          return;
        }
        yield next.value;
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (handle !== undefined && this.current === c) void c.remote.csvClose(handle);
    }
  }

  async workerHeaps(collect = false): Promise<(number | null)[]> {
    const c = this.current;
    return c ? Promise.race([c.remote.heaps(collect), c.dead]) : [];
  }

  dispose(): void {
    this.disposed = true;
    this.drop(new Error('the engine was disposed'));
  }

  /** Terminates the coordinator and, with it, its chunk workers; pending calls reject with `reason`. */
  private drop(reason: unknown): void {
    const c = this.current;
    if (!c) return;
    this.current = undefined;
    this.hasRun = false;
    const counts = c.reported?.counts;
    if (counts) {
      this.past.spawned += counts.spawned;
      this.past.terminated += counts.terminated + (c.reported?.live ?? 0);
      this.past.exited += counts.exited;
    }
    c.kill(reason);
  }

  private async coordinator(): Promise<Coordinator> {
    if (this.disposed) throw new Error('the engine was disposed');
    if (this.current) return this.current;
    const worker = await startWorker(this.spawn);
    if (this.disposed) {
      worker.terminate();
      throw new Error('the engine was disposed');
    }
    let kill!: (reason: unknown) => void;
    const dead = new Promise<never>((_, reject) => (kill = reject));
    dead.catch(() => undefined);
    const remote = Comlink.wrap<CoordinatorApi>(worker);
    const c: Coordinator = {
      worker,
      remote,
      dead,
      reported: undefined,
      kill(reason) {
        worker.terminate();
        kill(reason);
      },
    };
    worker.addEventListener('error', (event) => {
      if (this.current === c) this.drop(new Error(`the engine coordinator crashed: ${errorEventMessage(event)}`));
    });
    this.current = c;
    return c;
  }

  /** Runs one job after another, so two runs never interleave on the same workers. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

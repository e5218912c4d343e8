/**
 * The engine on a pool of chunk workers, coordinated from the thread that holds it: the Node CLI's
 * main thread, or the browser's coordinator worker (never the page). Runs are queued one after
 * another; workers are kept between runs and keep their people while the population identity is
 * unchanged; a cancelled or failed run terminates every worker and the next run starts new ones.
 */
import type { RunOutput } from '../src/core/engine/run';
import { chunkSpans } from '../src/core/population/chunk';
import type { Scenario } from '../src/core/scenario/types';
import type { Engine, EngineRunOptions, PeopleCsvOptions } from './engine-types';
import { peopleCsvChunks } from './people-export';
import type { SpawnWorker } from './spawn';
import { abortReason, WorkerRunner } from './worker-runner';
import type { WorkerCounts } from './worker-runner';

/**
 * The coordinator (run.ts), loaded on the first run: it brings the policy registry and the scenario
 * schema with it, so the CLI can start the workers before loading them. The warm-up comes with it.
 */
const coordinator = () => Promise.all([import('../src/core/engine/run'), import('../src/core/engine/warm-up-run')]);

export class PooledEngine implements Engine {
  readonly counts: WorkerCounts = { spawned: 0, terminated: 0, exited: 0 };
  private runner: WorkerRunner | undefined;
  private last: Scenario | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** Runners whose workers have had their JIT warm-up. */
  private readonly warmed = new WeakSet<WorkerRunner>();
  private disposed = false;

  constructor(
    private readonly spawn: Promise<SpawnWorker>,
    private readonly workers: number | undefined,
    private readonly defaultWorkers: Promise<number> = Promise.resolve(2),
    private readonly singleWorkerChunks = 0,
    private readonly warmUpChunks = Infinity,
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
        const chunks = chunkSpans(scenario.population.size).length;
        let out: RunOutput;
        if (chunks <= this.singleWorkerChunks) {
          out = await runner.runAll(scenario, { signal, onProgress: options.onProgress, replicates: options.replicates });
        } else {
          const [{ runScenario }, { warmUpBesideGeneration }] = await coordinator();
          let warmUp: number | undefined;
          if (chunks >= this.warmUpChunks && !this.warmed.has(runner)) {
            this.warmed.add(runner);
            const started = performance.now();
            const { replicates } = options;
            await runner.warmUp(scenario, (small, warm) => warmUpBesideGeneration(small, warm, scenario, runner, { replicates, signal }), signal);
            warmUp = performance.now() - started;
          }
          const clock = () => performance.now();
          out = await runScenario(scenario, runner, { signal, onProgress: options.onProgress, replicates: options.replicates, clock });
          // The warm-up generated the first replicate's people: its time is the run's.
          if (warmUp !== undefined) out = { ...out, timings: { ...out.timings, warmUp, total: out.timings.total + warmUp } };
        }
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

  prestart(limit = Infinity): void {
    const job = this.enqueue(async () => {
      const runner = await this.liveRunner();
      await runner.prestart(Math.max(1, Math.min(runner.workerLimit, limit)));
    });
    // A failed start terminates the runner; the run that follows starts afresh and reports it.
    job.catch(() => undefined);
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
    const spawn = await this.spawn;
    // Disposed while waiting (a prestart the command never used): start nothing.
    if (this.disposed) throw new Error('the engine was disposed');
    this.runner = new WorkerRunner(spawn, workers, this.counts);
    return this.runner;
  }

  /** Runs one job after another, so two runs never interleave tasks on the same workers. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

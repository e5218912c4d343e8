/**
 * The in-process runner: chunk states in this thread, tasks run by calling them. The one runner
 * that runs tasks: tests and small runs use it directly, and each engine worker holds one over
 * its block of chunks (workers/engine.worker.ts).
 */
import { chunkSpans } from '../population/chunk';
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import type { AbortSignalLike, ChunkState } from './chunk-state';
import { throwIfAborted } from './chunk-state';
import type { ChunkTask } from './chunk-task';
import { loadChunkStates } from './chunk-states';
import type { PopulationRunner } from './population-runner';

export class LocalRunner implements PopulationRunner {
  readonly states: ChunkState[] = [];
  private identity: string | undefined;

  /**
   * With a scenario, holds every chunk of its population (not yet generated); else none. With
   * `nameFailures` (the workers), a task's error is re-thrown naming the task and the chunk.
   */
  constructor(scenario?: Scenario, seed?: Seed, private readonly options: { nameFailures?: boolean } = {}) {
    if (scenario) this.loadChunks(scenario, seed ?? scenario.seed, allChunks(scenario));
  }

  /** Points the chunks at a new scenario and seed; keeps the people if the population is unchanged. */
  async load(scenario: Scenario, seed: Seed, signal?: AbortSignalLike): Promise<boolean> {
    throwIfAborted(signal);
    return this.loadChunks(scenario, seed, allChunks(scenario));
  }

  /** Holds only the chunks `indices` of the scenario's population (a worker's block); true if all kept their people. */
  loadChunks(scenario: Scenario, seed: Seed, indices: readonly number[]): boolean {
    const previous = this.identity === undefined ? undefined : { key: this.identity, states: this.states };
    const loaded = loadChunkStates(previous, scenario, seed, indices);
    this.states.splice(0, this.states.length, ...loaded.states);
    this.identity = loaded.key;
    return loaded.kept;
  }

  get chunkCount(): number {
    return this.states.length;
  }

  async map<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, signal?: AbortSignalLike): Promise<Result[]> {
    const out: Result[] = [];
    for (const state of this.states) {
      throwIfAborted(signal);
      out.push(this.runOn(task, args, state));
    }
    return out;
  }

  async mapOne<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, chunkIndex: number, signal?: AbortSignalLike): Promise<Result> {
    throwIfAborted(signal);
    return this.runOn(task, args, this.stateOf(chunkIndex));
  }

  private runOn<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, state: ChunkState): Result {
    if (!this.options.nameFailures) return task.run(state, args);
    try {
      return task.run(state, args);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(`task "${task.name}" failed on chunk ${state.index}: ${message}`, { cause: e });
    }
  }

  /** The state of chunk `chunkIndex`, which this runner must hold. */
  stateOf(chunkIndex: number): ChunkState {
    const state = this.states.find((s) => s.index === chunkIndex);
    if (!state) throw new Error(`there is no chunk ${chunkIndex} here (this runner holds ${this.states.length})`);
    return state;
  }
}

function allChunks(scenario: Scenario): number[] {
  return chunkSpans(scenario.population.size).map((s) => s.index);
}

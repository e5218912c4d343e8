/** The in-process ChunkRunner: every chunk's state in this thread. Used by tests and small runs. */
import { chunkSpans } from '../population/chunk';
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import type { AbortSignalLike, ChunkRunner, ChunkState, TaskArgs, TaskName, TaskResult } from './runner';
import { throwIfAborted } from './runner';
import { TASKS } from './tasks';
import { loadChunkStates } from './chunk-states';
import type { PopulationRunner } from './population-runner';

export class LocalRunner implements ChunkRunner, PopulationRunner {
  readonly states: ChunkState[];
  private key: string;

  constructor(scenario: Scenario, seed: Seed = scenario.seed) {
    const loaded = loadChunkStates(undefined, scenario, seed, chunkSpans(scenario.population.size).map((s) => s.index));
    this.states = loaded.states;
    this.key = loaded.key;
  }

  /** Points the chunks at a new scenario and seed; keeps the people if the population key is unchanged. */
  async load(scenario: Scenario, seed: Seed, signal?: AbortSignalLike): Promise<boolean> {
    throwIfAborted(signal);
    const indices = chunkSpans(scenario.population.size).map((s) => s.index);
    const loaded = loadChunkStates({ key: this.key, states: this.states }, scenario, seed, indices);
    this.states.splice(0, this.states.length, ...loaded.states);
    this.key = loaded.key;
    return loaded.kept;
  }

  async mapOne<K extends TaskName>(task: K, args: TaskArgs<K>, chunkIndex: number, signal?: AbortSignalLike): Promise<TaskResult<K>> {
    throwIfAborted(signal);
    const state = this.states[chunkIndex];
    if (!state) throw new Error(`there is no chunk ${chunkIndex} (the population has ${this.states.length})`);
    const fn = TASKS[task] as (state: ChunkState, args: TaskArgs<K>) => TaskResult<K>;
    return fn(state, args);
  }

  get chunkCount(): number {
    return this.states.length;
  }

  async map<K extends TaskName>(task: K, args: TaskArgs<K>, signal?: AbortSignalLike): Promise<TaskResult<K>[]> {
    const fn = TASKS[task] as (state: ChunkState, args: TaskArgs<K>) => TaskResult<K>;
    const out: TaskResult<K>[] = [];
    for (const state of this.states) {
      throwIfAborted(signal);
      out.push(fn(state, args));
    }
    return out;
  }
}

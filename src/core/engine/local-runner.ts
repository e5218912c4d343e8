/** The in-process ChunkRunner: every chunk's state in this thread. Used by tests and small runs. */
import { chunkSpans } from '../population/chunk';
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import type { AbortSignalLike, ChunkRunner, ChunkState, TaskArgs, TaskName, TaskResult } from './runner';
import { throwIfAborted } from './runner';
import { TASKS } from './tasks';

export class LocalRunner implements ChunkRunner {
  readonly states: ChunkState[];

  constructor(scenario: Scenario, seed: Seed = scenario.seed) {
    this.states = chunkSpans(scenario.population.size).map((span) => ({
      scenario,
      seed,
      index: span.index,
      chunk: undefined,
      store: new Map(),
    }));
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

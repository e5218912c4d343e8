/**
 * The runner a JIT warm-up runs on (core/engine/warm-up.ts): a population of one chunk that every
 * engine worker holds a copy of, on a scratch runner beside its own chunks. Each task runs in every
 * worker, so each one's code gets the same type feedback; the coordinator takes the first worker's
 * result (they are all the same) and the copies are dropped afterwards (`warmUpEnd`).
 */
import type * as Comlink from 'comlink';
import type { AbortSignalLike } from '../src/core/engine/chunk-state';
import { throwIfAborted } from '../src/core/engine/chunk-state';
import type { ChunkTask } from '../src/core/engine/chunk-task';
import type { PopulationRunner } from '../src/core/engine/population-runner';
import type { Seed } from '../src/core/random/stream';
import type { Scenario } from '../src/core/scenario/types';
import type { EngineWorkerApi } from './worker-protocol';

export class WarmUpRunner implements PopulationRunner {
  readonly chunkCount = 1;

  constructor(private readonly remotes: readonly Comlink.Remote<EngineWorkerApi>[]) {}

  async load(scenario: Scenario, seed: Seed, signal?: AbortSignalLike): Promise<boolean> {
    throwIfAborted(signal);
    const kept = await Promise.all(this.remotes.map((r) => r.warmUpLoad(scenario, seed)));
    return kept.every(Boolean);
  }

  async map<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, signal?: AbortSignalLike): Promise<Result[]> {
    return [await this.mapOne(task, args, 0, signal)];
  }

  async mapOne<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, chunkIndex: number, signal?: AbortSignalLike): Promise<Result> {
    throwIfAborted(signal);
    if (chunkIndex !== 0) throw new Error(`a warm-up has one chunk (asked for chunk ${chunkIndex})`);
    const [first] = await Promise.all(this.remotes.map((r) => r.warmUpMap(task.name, args)));
    return first as Result;
  }

  /** Drops every worker's warm-up chunk. */
  async end(): Promise<void> {
    await Promise.all(this.remotes.map((r) => r.warmUpEnd()));
  }
}

import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import type { ChunkTask } from '../../src/core/engine/chunk-task';
import type { AbortSignalLike } from '../../src/core/engine/chunk-state';
import type { PopulationRunner } from '../../src/core/engine/population-runner';
import { resultsToJson } from '../../src/core/results/json';
import type { Scenario } from '../../src/core/scenario';
import type { Seed } from '../../src/core/random/stream';
import { defaultScenario } from './fixtures';

/** Park–Miller: the test's own reproducible delays. */
function delays(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s % 4;
  };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A LocalRunner whose tasks start and answer after a random number of event-loop turns, as tasks
 * on workers do, so the run's overlapped steps interleave their tasks in an order the seed picks.
 */
class ShuffledRunner implements PopulationRunner {
  readonly inner: LocalRunner;
  inFlight = 0;
  mostInFlight = 0;
  private readonly next: () => number;

  constructor(scenario: Scenario, seed: number) {
    this.inner = new LocalRunner(scenario);
    this.next = delays(seed);
  }

  get chunkCount(): number {
    return this.inner.chunkCount;
  }

  load(scenario: Scenario, seed: Seed, signal?: AbortSignalLike): Promise<boolean> {
    return this.inner.load(scenario, seed, signal);
  }

  async map<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, signal?: AbortSignalLike): Promise<Result[]> {
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    try {
      for (let n = this.next(); n > 0; n--) await tick();
      const out = await this.inner.map(task, args, signal);
      for (let n = this.next(); n > 0; n--) await tick();
      return out;
    } finally {
      this.inFlight--;
    }
  }

  mapOne<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, chunk: number, signal?: AbortSignalLike): Promise<Result> {
    return this.inner.mapOne(task, args, chunk, signal);
  }
}

describe('overlapped steps of a run', () => {
  it('give byte-identical results.json whatever order their tasks interleave in', async () => {
    // Two chunks; the history beside random and rules, the models two at a time, parity after delivery.
    const scenario = defaultScenario(40_000);
    const reference = resultsToJson((await runScenario(scenario, new LocalRunner(scenario))).results);
    let most = 0;
    for (const seed of [1, 7, 2024]) {
      const runner = new ShuffledRunner(scenario, seed);
      const { results } = await runScenario(scenario, runner);
      expect(resultsToJson(results)).toBe(reference);
      most = Math.max(most, runner.mostInFlight);
    }
    // The steps did overlap (else this test would show nothing).
    expect(most).toBeGreaterThanOrEqual(2);
  }, 120_000);
});

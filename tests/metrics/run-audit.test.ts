/** runAudit through the registered chunk tasks, on a runner whose chunk states are hand-built. */
import { describe, expect, it } from 'vitest';
import type { AbortSignalLike, ChunkState } from '../../src/core/engine/chunk-state';
import type { ChunkRunner } from '../../src/core/engine/runner';
import type { ChunkTask } from '../../src/core/engine/chunk-task';
import { ELIGIBLE, scoreKey, selectedKey } from '../../src/core/engine/store-keys';
import { runAudit } from '../../src/core/metrics/run-audit';
import { buildResults } from '../../src/core/results/build';
import { resultsToJson } from '../../src/core/results/json';
import { chunkOf, eligibleOf, scoresOf, selectionsOf, smallScenario } from './fixtures';
import { handPopulation } from './hand-population';
import { auditOf } from './audit-of';
import { ChunkStore } from '../../src/core/engine/chunk-store';

/** Runs tasks on every state, cloning args and results as postMessage would. */
class HandRunner implements ChunkRunner {
  constructor(readonly states: ChunkState[]) {}
  get chunkCount() {
    return this.states.length;
  }
  async map<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, _signal?: AbortSignalLike): Promise<Result[]> {
    const fn = (state: ChunkState, a: Args) => task.run(state, a);
    return this.states.map((s) => structuredClone(fn(s, structuredClone(args))));
  }
}

describe('runAudit', () => {
  it('gives the same merged audit and results as the chunk functions called directly', async () => {
    const scenario = smallScenario(20);
    const people = handPopulation();
    const cuts = [0, 7, 15, 20];
    const states: ChunkState[] = cuts.slice(0, -1).map((start, k) => {
      const group = people.slice(start, cuts[k + 1]);
      const store = new ChunkStore();
      store.set(ELIGIBLE, eligibleOf(group));
      const [sa, sb] = selectionsOf(group, 2);
      const [ka] = scoresOf(group, 2);
      store.set(selectedKey('a'), sa as Uint8Array);
      store.set(selectedKey('b'), sb as Uint8Array);
      store.set(scoreKey('a'), ka as Float32Array);
      return { scenario, seed: scenario.seed, index: k, chunk: chunkOf(group, start, k), store };
    });
    const merged = await runAudit(new HandRunner(states), scenario, ['a', 'b'], { bins: 4, sampleSize: 12 });
    const direct = auditOf(scenario, people, [7, 15], 4, 12);
    expect(merged.counts).toEqual(direct.counts);
    expect(merged.histograms).toEqual(direct.histograms);
    expect(merged.sample?.count).toBe(12);
    const results = buildResults({ scenario, audit: merged, outcomes: [{ id: 'a', type: 'random', reached: 7, spend: 19, notes: ['hand-made'], thresholds: [{ group: null, score: 0.5 }] }] });
    expect(results.policies[0]!.notes).toEqual(['hand-made']);
    expect(results.policies[0]!.thresholds).toEqual([{ group: null, score: 0.5 }]);
    expect(results.sample.categories.gender!.slice(8, 12)).toEqual(['m', 'm', 'f', 'f']);
    expect(results.sample.score.b!.every((v) => v === null)).toBe(true);
    expect(resultsToJson(results)).toBe(resultsToJson(buildResults({ scenario, audit: direct, outcomes: [{ id: 'a', type: 'random', reached: 7, spend: 19, notes: ['hand-made'], thresholds: [{ group: null, score: 0.5 }] }] })));
  });

  it('rejects with a clear message when a policy has no selection in a chunk', async () => {
    const scenario = smallScenario(20);
    const state: ChunkState = { scenario, seed: 1, index: 0, chunk: chunkOf(handPopulation()), store: new ChunkStore() };
    await expect(runAudit(new HandRunner([state]), scenario, ['a'])).rejects.toThrow('chunk 0 has no "selected:a" column yet');
  });
});

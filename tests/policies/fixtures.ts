/** Scenarios and runners built for the policy tests. */
import { chunkSpans } from '../../src/core/population/chunk';
import type { AbortSignalLike, ChunkState } from '../../src/core/engine/chunk-state';
import type { ChunkRunner } from '../../src/core/engine/runner';
import type { ChunkTask } from '../../src/core/engine/chunk-task';
import { ELIGIBLE, scoreKey, selectedKey } from '../../src/core/engine/store-keys';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { mustParseScenario } from '../../src/core/scenario';
import type { Scenario, ScenarioInput } from '../../src/core/scenario';
import { ChunkStore } from '../../src/core/engine/chunk-store';
import { generate } from '../../src/core/population/generate-task';

/**
 * A runner that behaves like several workers: chunks are dealt round-robin to `workers` owners,
 * each owner runs its chunks in reverse order, owners take turns, and every argument and result
 * goes through structuredClone as it would through postMessage. Results come back in chunk order.
 */
export class SplitRunner implements ChunkRunner {
  readonly states: ChunkState[];
  constructor(scenario: Scenario, private readonly workers: number) {
    this.states = chunkSpans(scenario.population.size).map((s) => ({
      scenario,
      seed: scenario.seed,
      index: s.index,
      chunk: undefined,
      store: new ChunkStore(),
    }));
  }
  get chunkCount(): number {
    return this.states.length;
  }
  async map<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, _signal?: AbortSignalLike): Promise<Result[]> {
    const fn = (state: ChunkState, a: Args) => task.run(state, a);
    const queues = Array.from({ length: this.workers }, (_, w) =>
      this.states.filter((s) => s.index % this.workers === w).reverse(),
    );
    const out = new Array<Result>(this.states.length);
    while (queues.some((q) => q.length)) {
      for (const q of queues) {
        const state = q.shift();
        if (!state) continue;
        out[state.index] = structuredClone(fn(state, structuredClone(args)));
        await Promise.resolve();
      }
    }
    return out;
  }
}

/** A LocalRunner with people generated. */
export async function generated(scenario: Scenario): Promise<LocalRunner> {
  const runner = new LocalRunner(scenario);
  await runner.map(generate, {});
  return runner;
}

export async function generatedSplit(scenario: Scenario, workers: number): Promise<SplitRunner> {
  const runner = new SplitRunner(scenario, workers);
  await runner.map(generate, {});
  return runner;
}

/** Per-group counts of eligible, candidates (score not NaN) and selected, read from the chunk stores. */
export function groupCounts(states: readonly ChunkState[], policyId: string, attribute: string, groups: number) {
  const eligible = new Array<number>(groups).fill(0);
  const people = new Array<number>(groups).fill(0);
  const candidates = new Array<number>(groups).fill(0);
  const selected = new Array<number>(groups).fill(0);
  for (const s of states) {
    const codes = s.chunk?.codes[attribute] as Uint8Array;
    const e = s.store.get(ELIGIBLE) as Uint8Array;
    const score = s.store.get(scoreKey(policyId)) as Float32Array;
    const sel = s.store.get(selectedKey(policyId)) as Uint8Array;
    for (let i = 0; i < codes.length; i++) {
      const g = codes[i] as number;
      people[g] = (people[g] ?? 0) + 1;
      eligible[g] = (eligible[g] ?? 0) + (e[i] as number);
      if (score[i] === score[i]) candidates[g] = (candidates[g] ?? 0) + 1;
      selected[g] = (selected[g] ?? 0) + (sel[i] as number);
    }
  }
  return { people, eligible, candidates, selected };
}

/** All selection masks of a policy concatenated in person order. */
export function selectionOf(states: readonly ChunkState[], policyId: string): Uint8Array {
  const parts = states.map((s) => s.store.get(selectedKey(policyId)) as Uint8Array);
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

type Attr = NonNullable<ScenarioInput['population']>['attributes'][number];

/** A small valid scenario: `attributes` plus whatever `overrides` set. */
export function scenario(size: number, attributes: Attr[], overrides: Partial<ScenarioInput> = {}): Scenario {
  return mustParseScenario({
    format: 'fairground.scenario',
    version: 1,
    name: 'policy test',
    seed: 'policy-test',
    population: { size, attributes },
    behaviour: { conversion: { base: 0.05 } },
    history: { size: Math.round(size / 5) },
    campaign: { budget: { kind: 'reach', people: Math.round(size / 10) } },
    policies: [{ id: 'random', type: 'random' }],
    ...overrides,
  });
}

export const gender: Attr = {
  id: 'gender',
  type: 'categorical',
  protected: true,
  categories: [{ id: 'f' }, { id: 'm' }, { id: 'x' }],
  weights: [50, 45, 5],
};

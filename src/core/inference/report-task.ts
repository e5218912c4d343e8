/**
 * The chunk task behind `results.inferred`: per inferred attribute with K categories, counts of
 * (true, assigned) pairs and Σ posterior per category, over everyone and over each policy's
 * reached. One flat Float64Array per chunk that merges by addition in chunk order.
 *
 * Layout per attribute: block 0 is everyone, block 1 + p is policy p's reached; a block is K × K
 * pair counts then K posterior sums.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import { selectedKey } from '../engine/store-keys';
import { mergeByAddition } from '../metrics/counts';
import type { InferredAttribute, Scenario } from '../scenario/types';
import { derivedAttributes } from './derived';
import { posteriorOf, posteriorPlan } from './posterior';

export function inferredSpecs(scenario: Scenario): InferredAttribute[] {
  return derivedAttributes(scenario).flatMap((d) => (d.spec.kind === 'inferred' ? [d.spec] : []));
}

export function blockSize(k: number): number {
  return k * k + k;
}

/** Categories of each inferred attribute's true attribute, in `inferredSpecs` order. */
export function inferredCategories(scenario: Scenario): number[] {
  return inferredSpecs(scenario).map((spec) => {
    const of = scenario.population.attributes.find((a) => a.id === spec.of);
    return of?.type === 'categorical' ? of.categories.length : 0;
  });
}

/** Task: the counts of one chunk; merged by addition in chunk order. */
export const inferenceCounts = chunkTask('inferenceCounts', chunkInferenceCounts, (parts: readonly Float64Array[]) => mergeByAddition(parts));

function chunkInferenceCounts(state: ChunkState, args: { policies: string[] }): Float64Array {
  const chunk = generatedChunk(state);
  const specs = inferredSpecs(state.scenario);
  const ks = inferredCategories(state.scenario);
  const blocks = 1 + args.policies.length;
  const out = new Float64Array(ks.reduce((a, k) => a + blocks * blockSize(k), 0));
  const selections = args.policies.map((p) => stored(state, selectedKey(p)));
  let offset = 0;
  specs.forEach((spec, s) => {
    const K = ks[s]!;
    const size = blockSize(K);
    const plan = posteriorPlan(state.scenario, spec);
    const truth = chunk.codes[spec.of]!;
    const assigned = chunk.codes[spec.id]!;
    const posterior = new Float64Array(K);
    for (let i = 0; i < chunk.size; i++) {
      posteriorOf(plan, chunk.codes, i, posterior);
      const pair = (truth[i] as number) * K + (assigned[i] as number);
      add(out, offset, K, pair, posterior);
      for (let p = 0; p < selections.length; p++)
        if (selections[p]![i] === 1) add(out, offset + (1 + p) * size, K, pair, posterior);
    }
    offset += blocks * size;
  });
  return out;
}

function add(out: Float64Array, at: number, K: number, pair: number, posterior: Float64Array): void {
  out[at + pair]! += 1;
  for (let t = 0; t < K; t++) out[at + K * K + t]! += posterior[t]!;
}

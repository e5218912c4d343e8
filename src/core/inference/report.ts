/**
 * `results.inferred`: each inferred attribute's error against the truth, from the merged counts of
 * `inferenceCounts` (report-task.ts). Two estimates are reported, as real audits make them: the
 * assigned category (each person counted once in their estimated group) and the posterior sums
 * (each person counted fractionally in every group, as Meta's VRS aggregates BISG probabilities).
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import { reduceChunks } from '../engine/runner';
import type { InferredAttributeResult, InferredPolicy } from '../results/inferred-types';
import type { Scenario } from '../scenario/types';
import { blockSize, inferenceCounts, inferredCategories, inferredSpecs } from './report-task';

export async function inferenceReport(
  runner: ChunkRunner,
  scenario: Scenario,
  policies: string[],
  signal?: AbortSignalLike,
): Promise<InferredAttributeResult[]> {
  const counts = await reduceChunks(runner, inferenceCounts, { policies }, signal);
  return inferredResults(scenario, policies, counts);
}

interface Block {
  pairs: number[][];
  posterior: number[];
}

function readBlock(counts: Float64Array, at: number, K: number): Block {
  const pairs = Array.from({ length: K }, (_, t) => Array.from(counts.subarray(at + t * K, at + (t + 1) * K)));
  return { pairs, posterior: Array.from(counts.subarray(at + K * K, at + K * K + K)) };
}

const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);
const ratio = (reached: number, reachedTotal: number, people: number, total: number) =>
  reachedTotal > 0 && people > 0 && total > 0 ? reached / reachedTotal / (people / total) : null;
const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
const worst = (xs: (number | null)[]) => (xs.some((x) => x !== null) ? Math.max(...xs.map((x) => Math.abs(x ?? 0))) : null);

/** Builds the section from merged counts (exported for tests of hand-made counts). */
export function inferredResults(scenario: Scenario, policies: string[], counts: Float64Array): InferredAttributeResult[] {
  const ks = inferredCategories(scenario);
  let offset = 0;
  return inferredSpecs(scenario).map((spec, s) => {
    const K = ks[s]!;
    const size = blockSize(K);
    const of = scenario.population.attributes.find((a) => a.id === spec.of);
    const categories = of?.type === 'categorical' ? of.categories : [];
    const all = readBlock(counts, offset, K);
    const people = all.pairs.map(sum);
    const assigned = categories.map((_, a) => sum(all.pairs.map((row) => row[a]!)));
    const total = sum(people);
    const correct = (b: Block) => sum(b.pairs.map((row, t) => row[t]!));
    const result: InferredAttributeResult = {
      attribute: spec.id,
      of: spec.of,
      from: [...spec.from],
      assign: spec.assign,
      accuracy: total > 0 ? correct(all) / total : null,
      confusion: all.pairs,
      groups: categories.map((c, g) => ({ group: c.id, label: c.label ?? c.id, people: people[g]!, assigned: assigned[g]!, posterior: all.posterior[g]! })),
      policies: policies.map((policyId, p): InferredPolicy => {
        const b = readBlock(counts, offset + (1 + p) * size, K);
        const reached = b.pairs.map(sum);
        const reachedAssigned = categories.map((_, a) => sum(b.pairs.map((row) => row[a]!)));
        const R = sum(reached);
        const groups = categories.map((c, g) => {
          const truth = ratio(reached[g]!, R, people[g]!, total);
          const byAssigned = ratio(reachedAssigned[g]!, R, assigned[g]!, total);
          const byPosterior = ratio(b.posterior[g]!, sum(b.posterior), all.posterior[g]!, sum(all.posterior));
          return {
            group: c.id,
            reached: reached[g]!,
            reachedAssigned: reachedAssigned[g]!,
            reachedPosterior: b.posterior[g]!,
            ratio: truth,
            assignedRatio: byAssigned,
            posteriorRatio: byPosterior,
            assignedError: diff(byAssigned, truth),
            posteriorError: diff(byPosterior, truth),
          };
        });
        return {
          policyId,
          accuracy: R > 0 ? correct(b) / R : null,
          worstAssignedError: worst(groups.map((g) => g.assignedError)),
          worstPosteriorError: worst(groups.map((g) => g.posteriorError)),
          groups,
        };
      }),
    };
    offset += (1 + policies.length) * size;
    return result;
  });
}

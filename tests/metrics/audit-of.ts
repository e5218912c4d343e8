/** Runs the audit's chunk functions on hand-built chunks and builds results, as the engine does. */
import { mergeAudit, type MergedAudit } from '../../src/core/metrics/run-audit';
import { auditPlan } from '../../src/core/metrics/plan';
import { countChunk } from '../../src/core/metrics/counts';
import { chunkHistograms, chunkScoreRange, mergeScoreRanges } from '../../src/core/metrics/histogram';
import { chunkSample } from '../../src/core/metrics/sample';
import { buildResults, type PolicyOutcomeLike } from '../../src/core/results/build';
import type { Results } from '../../src/core/results/types';
import type { Scenario } from '../../src/core/scenario';
import { chunkOf, eligibleOf, scoresOf, selectionsOf, type Person } from './fixtures';

/** Splits `people` at `cuts` (sorted global indices) into chunks and audits them. */
export function auditOf(scenario: Scenario, people: readonly Person[], cuts: readonly number[] = [], bins = 4, sampleSize = 600): MergedAudit {
  const plan = auditPlan(scenario);
  const policies = scenario.policies.map((p) => p.id);
  const bounds = [0, ...cuts, people.length];
  const parts = bounds.slice(0, -1).map((start, k) => {
    const group = people.slice(start, bounds[k + 1]);
    return { chunk: chunkOf(group, start, k), group };
  });
  const ranges = mergeScoreRanges(parts.map(({ group }) => chunkScoreRange(scoresOf(group, policies.length))));
  const results = parts.map(({ chunk, group }) => {
    const selections = selectionsOf(group, policies.length);
    const scores = scoresOf(group, policies.length);
    return {
      counts: countChunk(plan, chunk, eligibleOf(group), selections),
      histograms: chunkHistograms(plan, chunk.codes, scores, ranges, bins),
      sample: chunkSample(chunk, selections, scores, sampleSize),
    };
  });
  return mergeAudit(plan, policies, results, ranges, bins);
}

export function resultsOf(scenario: Scenario, people: readonly Person[], cuts: readonly number[] = [], outcomes?: PolicyOutcomeLike[]): Results {
  const input = { scenario, audit: auditOf(scenario, people, cuts), engine: 'fairground test' };
  return buildResults(outcomes ? { ...input, outcomes } : input);
}

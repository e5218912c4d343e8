/**
 * Aggregation over replicate runs (seeds from `replicateSeed`). The aggregate keeps replicate 0
 * (the scenario's own seed) as the headline — its counts, metrics, verdicts and Wilson intervals —
 * and adds to every numeric metric a `spread`: the mean over replicates and the 2.5% and 97.5%
 * percentiles (linear interpolation), computed over the replicates where the metric is defined.
 * Score histograms and the people sample are replicate 0's.
 */
import type { GroupMetricName, PolicyResult, PolicyTotalName, Results, Spread } from '../results/types';
import { GROUP_METRICS } from '../results/group-metrics';
import { percentile } from './percentile';

export function spreadOf(values: readonly (number | null | undefined)[]): Spread {
  const defined = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (defined.length === 0) return { mean: null, low: null, high: null };
  return {
    mean: defined.reduce((a, b) => a + b, 0) / defined.length,
    low: percentile(defined, 0.025),
    high: percentile(defined, 0.975),
  };
}

function policyAt(r: Results, p: number, id: string): PolicyResult {
  const found = r.policies[p];
  if (!found || found.id !== id) throw new Error('aggregateReplicates: replicates have different policies');
  return found;
}

export function aggregateReplicates(results: readonly Results[]): Results {
  const first = results[0];
  if (!first) throw new Error('aggregateReplicates: no results');
  if (results.length === 1) return { ...first, replicates: 1 };
  // Results are plain JSON data, so a JSON round trip is a deep copy.
  const out = JSON.parse(JSON.stringify(first)) as Results;
  out.replicates = results.length;
  out.policies.forEach((policy, p) => {
    const all = results.map((r) => policyAt(r, p, policy.id));
    policy.spread = {};
    for (const m of Object.keys(policy.totals) as PolicyTotalName[])
      policy.spread[m] = spreadOf(all.map((x) => x.totals[m]));
    policy.slices.forEach((slice, s) => {
      const slices = all.map((x) => x.slices[s]);
      slice.spread = { mixDistance: spreadOf(slices.map((x) => x?.mixDistance)) };
      slice.groups.forEach((row, g) => {
        const rows = slices.map((x) => x?.groups[g]);
        const spread: Partial<Record<GroupMetricName, Spread>> = {};
        for (const m of GROUP_METRICS) spread[m] = spreadOf(rows.map((x) => x?.[m]));
        row.spread = spread;
      });
    });
  });
  return out;
}

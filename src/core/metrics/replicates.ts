/**
 * Aggregation over replicate runs (seeds from `replicateSeed`: every replicate regenerates the
 * population, re-draws the history and re-fits every model). The aggregate keeps replicate 0 (the
 * scenario's own seed) as the headline — its counts, metrics, Wilson and Katz intervals — and adds
 * to every numeric metric a `spread` over the replicates where the metric is defined: the mean,
 * its 95% Student-t interval, the 95% prediction interval for one fresh replicate, the SD and the
 * count of defined values.
 *
 * Why a t-interval: the 2.5–97.5 percentile range of R values claims nothing about the mean, and
 * it lies inside [min, max], which covers a fresh replicate only (R − 1)/(R + 1) of the time (67% at
 * R = 5, 90% at R = 20; the percentile range a little less). The
 * t-interval mean ± t(0.975, R − 1)·s/√R covers the across-seed mean 95% of the time when the
 * replicate values are roughly normal (the CLT for a ratio of counts), whatever R is; the
 * prediction interval mean ± t·s·√(1 + 1/R) is the one that covers a fresh replicate 95%.
 *
 * Learned policies (propensity, lookalike, delivery and fairness constraints over them) with two
 * or more defined replicate values take their verdict from the replicates: the verdict metric's
 * mean and t-interval (t-tests against the band's edges for the p-values), `intervalKind:
 * 'replicates'`, and the multiplicity control re-applied. Their Wilson/Katz intervals leave out the
 * variability of re-fitting the model on a new population. Other policies keep replicate 0's
 * verdicts: Katz already covers their sampling noise.
 */
import type { AuditMetric, GroupMetricName, GroupRow, PolicyResult, PolicyTotalName, Results, Spread } from '../results/types';
import { GROUP_METRICS } from '../results/group-metrics';
import { tCdf, tQuantile } from './distributions';
import { applyMultiplicity } from './multiplicity';
import { judge, type BandTests, type VerdictRules } from './verdict';
import { POLICY_DESCRIPTORS } from '../policies/types/catalogue';

/** Policy types whose selection depends on a fitted model. */
export const LEARNED_POLICY_TYPES: readonly string[] = POLICY_DESCRIPTORS.filter((d) => d.learned).map((d) => d.type);

export function spreadOf(values: readonly (number | null | undefined)[]): Spread {
  const defined = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const count = defined.length;
  if (count === 0) return { mean: null, low: null, high: null, sd: null, count, predictionLow: null, predictionHigh: null };
  const mean = defined.reduce((a, b) => a + b, 0) / count;
  if (count < 2) return { mean, low: null, high: null, sd: null, count, predictionLow: null, predictionHigh: null };
  const sd = Math.sqrt(defined.reduce((a, v) => a + (v - mean) ** 2, 0) / (count - 1));
  const t = tQuantile(0.975, count - 1);
  const half = (t * sd) / Math.sqrt(count);
  const wide = t * sd * Math.sqrt(1 + 1 / count);
  return { mean, low: mean - half, high: mean + half, sd, count, predictionLow: mean - wide, predictionHigh: mean + wide };
}

/** One-sided t-tests of "the mean is below band.low" and "above band.high". */
function tTests(s: Spread, band: VerdictRules['band']): BandTests | null {
  if (s.mean === null || s.sd === null || s.sd === undefined || !(s.sd > 0) || !s.count) return null;
  const se = s.sd / Math.sqrt(s.count);
  const dof = s.count - 1;
  return { below: tCdf((s.mean - band.low) / se, dof), above: 1 - tCdf((s.mean - band.high) / se, dof) };
}

/** Re-judges a learned policy's row from the replicates of its verdict metric (in place). */
function judgeFromReplicates(row: GroupRow, metric: AuditMetric, rules: VerdictRules): void {
  const s = row.spread?.[metric];
  if (!s || s.mean === null || !s.count || s.count < 2 || s.low === null || s.high === null) return;
  // A metric equal in every replicate (a reference's own DI = 1) has no spread to test: judged by value.
  const tests = tTests(s, rules.band);
  const j = judge(s.mean, row.n, rules, tests ? [s.low, s.high] : null, tests);
  row.rawVerdict = j.verdict;
  row.leaning = j.leaning;
  row.pValue = j.pValue;
  row.intervalKind = 'replicates';
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
  const rules: VerdictRules = { band: out.band, minGroupSize: out.minGroupSize, minCount: out.minCount, offer: out.offer };
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
    if (!LEARNED_POLICY_TYPES.includes(policy.type)) return;
    const rows = policy.slices.flatMap((x) => x.groups);
    for (const row of rows) judgeFromReplicates(row, out.metric, rules);
    applyMultiplicity(rows, out.multiplicity ?? 'none', out.offer);
  });
  return out;
}

/**
 * The findings summary at the top of the dashboard: for one policy, the groups whose verdict is
 * the campaign's harm (or any out-of-band verdict), worst first, across the audited attributes
 * and intersections.
 */
import type { GroupRow, Interval, IntervalKind, Leaning, PolicyResult, Results, Verdict } from '../../core/results/types';
import { verdictBasis } from '../../core/results/verdict-basis';
import { groupName } from '../../charts/group-names';
import { headlinePolicy } from '../overview/overview-model';

export interface Finding {
  sliceLabel: string;
  groupLabel: string;
  verdict: Verdict;
  /** The value the verdict read (representation ratio, disparate impact or impact ratio; with replicates, their mean). */
  ratio: number;
  /** Its 95% interval, and what kind of interval it is. */
  interval: Interval;
  intervalKind: IntervalKind;
  /** Replicates behind a `replicates` interval. */
  replicates?: number;
  /** The policy's model never met this group in training. */
  unseen: boolean;
  /** True when this verdict is the harm of the campaign's offer. */
  harm: boolean;
  kind: 'attribute' | 'intersection';
}

/** The policy with `id`; by default the one that harms a group most (never the baseline by default). */
export function findPolicy(results: Results, id: string | undefined): PolicyResult | undefined {
  return results.policies.find((p) => p.id === id) ?? results.policies.find((p) => p.id === headlinePolicy(results)) ?? results.policies[0];
}

function sliceLabel(results: Results, attributes: readonly string[]): string {
  return attributes.map((id) => results.attributes.find((a) => a.id === id)?.label ?? id).join(' × ');
}

/** Out-of-band groups of `policyId`, harms first, then by distance from 1 on a log scale. */
export function policyFindings(results: Results, policyId: string | undefined): Finding[] {
  const policy = findPolicy(results, policyId);
  if (!policy) return [];
  const out: Finding[] = [];
  for (const slice of policy.slices) {
    for (const row of slice.groups) {
      if (row.verdict !== 'excluded' && row.verdict !== 'over-targeted') continue;
      const basis = verdictBasis(row, results.metric);
      if (basis.value === null) continue;
      const finding: Finding = {
        sliceLabel: sliceLabel(results, slice.attributes),
        groupLabel: groupName(results, slice, row),
        verdict: row.verdict,
        ratio: basis.value,
        interval: basis.interval,
        intervalKind: basis.kind,
        unseen: row.unseenInTraining === true,
        harm: row.harm,
        kind: slice.kind,
      };
      if (basis.count !== undefined) finding.replicates = basis.count;
      out.push(finding);
    }
  }
  const distance = (f: Finding) => Math.abs(Math.log(Math.max(f.ratio, 1e-6)));
  return out.sort((a, b) => Number(b.harm) - Number(a.harm) || distance(b) - distance(a));
}

/** The value a row's verdict read (with replicates, the mean over them). */
export function verdictValue(results: Results, row: GroupRow): number | null {
  return verdictBasis(row, results.metric).value;
}

/** The verdict metric in words. */
export function metricWords(metric: Results['metric']): string {
  return metric === 'disparateImpact' ? 'disparate impact' : metric === 'impactRatio' ? 'impact ratio (four-fifths rule)' : 'representation ratio';
}

/** Uncertain groups by the side they lean to. */
export function uncertainLeanings(results: Results, policyId: string | undefined): Record<Leaning, number> {
  const out: Record<Leaning, number> = { low: 0, high: 0 };
  for (const s of findPolicy(results, policyId)?.slices ?? [])
    for (const g of s.groups) if (g.verdict === 'uncertain' && g.leaning) out[g.leaning]++;
  return out;
}

/** "95% Katz intervals; Holm across the policy's 28 judged groups", for a line under the findings. */
export function methodSentence(results: Results, policyId: string | undefined): string {
  const policy = findPolicy(results, policyId);
  const rows = policy?.slices.flatMap((s) => s.groups) ?? [];
  const family = rows.filter((g) => g.pValue !== null && g.pValue !== undefined).length;
  const replicates = rows.find((g) => g.intervalKind === 'replicates');
  const intervals = replicates
    ? `means and 95% t-intervals over ${results.replicates} replicates (the model's own noise included)`
    : '95% Katz log intervals';
  const groups = `the policy's ${family} tested group${family === 1 ? '' : 's'}`;
  const control = results.multiplicity === 'holm' ? `Holm across ${groups}` : results.multiplicity === 'bh' ? `Benjamini–Hochberg across ${groups}` : 'no multiplicity control';
  return `Verdicts read ${intervals}; ${control}.`;
}

/** Groups judged at all (not too small, comparable) for a policy: "4 of 17 groups out of band". */
export function judgedCount(results: Results, policyId: string | undefined): number {
  const policy = findPolicy(results, policyId);
  if (!policy) return 0;
  return policy.slices.reduce((n, s) => n + s.groups.filter((g) => g.verdict !== 'too-small' && g.verdict !== 'not-comparable').length, 0);
}

/** Groups outside the band only within sampling noise (verdict `uncertain`) for a policy. */
export function uncertainCount(results: Results, policyId: string | undefined): number {
  const policy = findPolicy(results, policyId);
  if (!policy) return 0;
  return policy.slices.reduce((n, s) => n + s.groups.filter((g) => g.verdict === 'uncertain').length, 0);
}

/** One sentence for screen readers after each run. */
export function resultsSentence(results: Results, policyId: string | undefined): string {
  const policy = findPolicy(results, policyId);
  if (!policy) return 'No results.';
  const found = policyFindings(results, policy.id);
  const harms = found.filter((f) => f.harm);
  const worst = found[0];
  const head = `${policy.label}: ${found.length} of ${judgedCount(results, policy.id)} judged groups outside the ${results.band.low}–${results.band.high} band`;
  return worst ? `${head}; ${harms.length} harmed; worst ${worst.groupLabel} (${worst.sliceLabel}) ${worst.verdict} at ${worst.ratio.toFixed(2)}.` : `${head}.`;
}

/** Each other policy's worst out-of-band group (harms first), worst policies first. */
export function worstByPolicy(results: Results, exceptPolicyId: string | undefined): { policyId: string; policyLabel: string; finding: Finding }[] {
  const out: { policyId: string; policyLabel: string; finding: Finding }[] = [];
  for (const p of results.policies) {
    if (p.id === exceptPolicyId) continue;
    const first = policyFindings(results, p.id)[0];
    if (first) out.push({ policyId: p.id, policyLabel: p.label, finding: first });
  }
  const distance = (f: Finding) => Math.abs(Math.log(Math.max(f.ratio, 1e-6)));
  return out.sort((a, b) => Number(b.finding.harm) - Number(a.finding.harm) || distance(b.finding) - distance(a.finding));
}

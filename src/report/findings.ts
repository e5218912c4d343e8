/**
 * The summary of findings, harms first: every group whose verdict is the harm of the campaign's
 * offer (opportunity: excluded; risk: over-targeted), with its ratio and 95% interval, then the
 * groups outside the band only within sampling noise, and the multiplicity method the verdicts used.
 */
import type { GroupRow, PolicyResult, Results, SliceResult } from '../core/results/types';

export interface Finding {
  policy: PolicyResult;
  slice: SliceResult;
  row: GroupRow;
  value: number | null;
  interval: [number, number] | null;
}

export interface FindingsSummary {
  harms: Finding[];
  /** Outside the band, but the interval reaches into it. */
  uncertain: Finding[];
  /** Groups judged (not too small, comparable), over all policies and slices. */
  judged: number;
  /** Verdicts that went the other way from the harm (e.g. over-targeted for an opportunity). */
  otherSide: Finding[];
  multiplicity: string;
}

function finding(results: Results, policy: PolicyResult, slice: SliceResult, row: GroupRow): Finding {
  return { policy, slice, row, value: row[results.metric] ?? null, interval: row.intervals[results.metric] ?? null };
}

/** Furthest from parity first (|log ratio|; a zero ratio is furthest). */
function severity(f: Finding): number {
  return f.value === null ? -1 : f.value > 0 ? Math.abs(Math.log(f.value)) : Infinity;
}

/** The multiplicity control the results name; results files from before it had none. */
const METHODS: Record<string, string> = {
  none: 'no multiplicity adjustment',
  holm: "Holm's adjustment across each policy's groups, family-wise error rate 5%",
  bh: "Benjamini–Hochberg adjustment across each policy's groups, false discovery rate 5%",
};

export function multiplicityMethod(results: Results): string {
  return METHODS[results.multiplicity ?? 'none'] ?? `${results.multiplicity} adjustment`;
}

export function summariseFindings(results: Results): FindingsSummary {
  const harms: Finding[] = [];
  const uncertain: Finding[] = [];
  const otherSide: Finding[] = [];
  let judged = 0;
  for (const policy of results.policies) {
    for (const slice of policy.slices) {
      for (const row of slice.groups) {
        if (row.verdict === 'too-small' || row.verdict === 'not-comparable') continue;
        judged++;
        if (row.harm) harms.push(finding(results, policy, slice, row));
        else if (row.verdict === 'uncertain') uncertain.push(finding(results, policy, slice, row));
        else if (row.verdict !== 'within') otherSide.push(finding(results, policy, slice, row));
      }
    }
  }
  const bySeverity = (a: Finding, b: Finding) => severity(b) - severity(a);
  return { harms: harms.sort(bySeverity), uncertain: uncertain.sort(bySeverity), otherSide: otherSide.sort(bySeverity), judged, multiplicity: multiplicityMethod(results) };
}

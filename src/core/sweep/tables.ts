/**
 * The sweep's tidy tables, built from each point's results:
 * - `sweep.csv`: one row per point × policy × group (attribute and intersection groups), with the
 *   point's parameter values, the group's metrics and their 95% intervals (`<metric>_low`, `_high`);
 * - `sweep-policies.csv`: one row per point × policy, with the policy's totals and its worst group
 *   (what the frontier draws).
 * Numbers are rounded as in results.json. The rows depend only on the results, so a sweep merged
 * from shards gives the same bytes as one run on a single machine.
 */
import { csvLine } from '../results/csv';
import { roundNumber } from '../results/json';
import { GROUP_METRICS } from '../results/group-metrics';
import type { GroupRow, PolicyTotalName, Results } from '../results/types';
import type { SweepValue } from '../scenario/types';
import { ratioOf, worstGroupOf } from './worst-group';

export type Cell = string | number | boolean | null;

export interface SweepTablePoint {
  id: string;
  values: readonly SweepValue[];
}

const num = (v: number | null | undefined): Cell => (v === null || v === undefined ? null : roundNumber(v));

/** The group rates and ratios that carry an interval, in GROUP_METRICS order. */
const WITH_INTERVAL = new Set<string>(['selectionRate', 'eligibleSelectionRate', 'tpr', 'fpr', 'precision', 'representationRatio', 'disparateImpact', 'impactRatio']);

const GROUP_COLUMNS = GROUP_METRICS.flatMap((m) => (WITH_INTERVAL.has(m) ? [m, `${m}_low`, `${m}_high`] : [m]));

export const POLICY_TOTALS = ['reached', 'cost', 'expectedConversions', 'realisedConversions', 'selectionRate', 'tpr', 'precision', 'costPerReach', 'costPerConversion'] as const satisfies readonly PolicyTotalName[];

export function sweepGroupsHeader(parameters: readonly string[]): string {
  return csvLine(['point', ...parameters, 'policy', 'attribute', 'group', 'label', ...GROUP_COLUMNS, 'verdict', 'rawVerdict', 'pValue', 'adjustedPValue', 'harm']);
}

function intervalOf(row: GroupRow, metric: string): readonly (number | null)[] | null {
  const interval = (row.intervals as unknown as Record<string, readonly (number | null)[] | null | undefined>)[metric];
  return interval ?? null;
}

export function sweepGroupsRows(point: SweepTablePoint, results: Results): string {
  let text = '';
  for (const policy of results.policies) {
    for (const slice of policy.slices) {
      for (const row of slice.groups) {
        const metrics = GROUP_METRICS.flatMap((m): Cell[] => {
          const value = num(row[m]);
          if (!WITH_INTERVAL.has(m)) return [value];
          const interval = intervalOf(row, m);
          return [value, num(interval?.[0]), num(interval?.[1])];
        });
        text += csvLine([point.id, ...point.values, policy.id, row.attribute, row.group, row.label, ...metrics, row.verdict, row.rawVerdict ?? null, num(row.pValue), num(row.adjustedPValue), row.harm ? 1 : 0]);
      }
    }
  }
  return text;
}

export function sweepPoliciesColumns(parameters: readonly string[]): string[] {
  return ['point', ...parameters, 'policy', 'label', ...POLICY_TOTALS, 'ratioMetric', 'worstAttribute', 'worstGroup', 'worstLabel', 'worstRatio', 'worstRatio_low', 'worstRatio_high', 'worstVerdict'];
}

export function sweepPoliciesHeader(parameters: readonly string[]): string {
  return csvLine(sweepPoliciesColumns(parameters));
}

/** One row of `sweep-policies.csv`, as data (the app's charts and table read these). */
export interface SweepPolicyRow {
  point: string;
  values: SweepValue[];
  policy: string;
  label: string;
  totals: Record<(typeof POLICY_TOTALS)[number], number | null>;
  ratioMetric: Results['metric'];
  worstAttribute: string | null;
  worstGroup: string | null;
  worstLabel: string | null;
  worstRatio: number | null;
  worstRatioLow: number | null;
  worstRatioHigh: number | null;
  worstVerdict: GroupRow['verdict'] | null;
}

export function sweepPolicyRows(point: SweepTablePoint, results: Results): SweepPolicyRow[] {
  return results.policies.map((policy) => {
    const worst = worstGroupOf(policy, results.metric);
    const interval = worst ? intervalOf(worst, results.metric) : null;
    const n = (v: number | null | undefined) => (num(v) as number | null);
    return {
      point: point.id, values: [...point.values], policy: policy.id, label: policy.label,
      totals: Object.fromEntries(POLICY_TOTALS.map((t) => [t, n(policy.totals[t])])) as SweepPolicyRow['totals'],
      ratioMetric: results.metric, worstAttribute: worst?.attribute ?? null, worstGroup: worst?.group ?? null, worstLabel: worst?.label ?? null,
      worstRatio: worst ? n(ratioOf(worst, results.metric)) : null, worstRatioLow: n(interval?.[0]), worstRatioHigh: n(interval?.[1]), worstVerdict: worst?.verdict ?? null,
    };
  });
}

/** The cells of a policy row in `sweep-policies.csv` order (the app's data table shows the same). */
export function sweepPolicyCells(row: SweepPolicyRow): Cell[] {
  return [
    row.point, ...row.values, row.policy, row.label, ...POLICY_TOTALS.map((t) => row.totals[t]), row.ratioMetric,
    row.worstAttribute, row.worstGroup, row.worstLabel, row.worstRatio, row.worstRatioLow, row.worstRatioHigh, row.worstVerdict,
  ];
}

export function sweepPoliciesRows(point: SweepTablePoint, results: Results): string {
  return sweepPolicyRows(point, results).map((row) => csvLine(sweepPolicyCells(row))).join('');
}

/** One point's rows of both tables. */
export interface PointRows {
  groupsRows: string;
  policiesRows: string;
}

export function pointRows(point: SweepTablePoint, results: Results): PointRows {
  return { groupsRows: sweepGroupsRows(point, results), policiesRows: sweepPoliciesRows(point, results) };
}

/** Both tables from every point's rows, in grid order (only the rows are kept, never the results). */
export function joinTables(parameters: readonly string[], points: readonly PointRows[]): { groups: string; policies: string } {
  return {
    groups: sweepGroupsHeader(parameters) + points.map((p) => p.groupsRows).join(''),
    policies: sweepPoliciesHeader(parameters) + points.map((p) => p.policiesRows).join(''),
  };
}

/** Both tables for points in grid order. */
export function sweepTables(parameters: readonly string[], points: readonly { point: SweepTablePoint; results: Results }[]): { groups: string; policies: string } {
  return joinTables(parameters, points.map(({ point, results }) => pointRows(point, results)));
}

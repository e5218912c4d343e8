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
import { worstGroupOf } from './worst-group';

type Cell = string | number | boolean | null;

export interface SweepTablePoint {
  id: string;
  values: readonly SweepValue[];
}

const num = (v: number | null | undefined): Cell => (v === null || v === undefined ? null : roundNumber(v));

/** The group rates and ratios that carry an interval, in GROUP_METRICS order. */
const WITH_INTERVAL = new Set(['selectionRate', 'eligibleSelectionRate', 'tpr', 'fpr', 'precision', 'representationRatio', 'disparateImpact']);

const GROUP_COLUMNS = GROUP_METRICS.flatMap((m) => (WITH_INTERVAL.has(m) ? [m, `${m}_low`, `${m}_high`] : [m]));

export const POLICY_TOTALS: readonly PolicyTotalName[] = ['reached', 'cost', 'expectedConversions', 'realisedConversions', 'selectionRate', 'tpr', 'precision', 'costPerReach', 'costPerConversion'];

export function sweepGroupsHeader(parameters: readonly string[]): string {
  return csvLine(['point', ...parameters, 'policy', 'attribute', 'group', 'label', ...GROUP_COLUMNS, 'verdict', 'harm']);
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
        text += csvLine([point.id, ...point.values, policy.id, row.attribute, row.group, row.label, ...metrics, row.verdict, row.harm ? 1 : 0]);
      }
    }
  }
  return text;
}

export function sweepPoliciesHeader(parameters: readonly string[]): string {
  return csvLine(['point', ...parameters, 'policy', 'label', ...POLICY_TOTALS, 'ratioMetric', 'worstAttribute', 'worstGroup', 'worstLabel', 'worstRatio', 'worstRatio_low', 'worstRatio_high', 'worstVerdict']);
}

export function sweepPoliciesRows(point: SweepTablePoint, results: Results): string {
  let text = '';
  for (const policy of results.policies) {
    const worst = worstGroupOf(policy, results.metric);
    const interval = worst ? intervalOf(worst, results.metric) : null;
    text += csvLine([
      point.id, ...point.values, policy.id, policy.label, ...POLICY_TOTALS.map((t) => num(policy.totals[t])), results.metric,
      worst?.attribute ?? null, worst?.group ?? null, worst?.label ?? null, num(worst?.[results.metric]), num(interval?.[0]), num(interval?.[1]), worst?.verdict ?? null,
    ]);
  }
  return text;
}

/** Both tables for points in grid order. */
export function sweepTables(parameters: readonly string[], points: readonly { point: SweepTablePoint; results: Results }[]): { groups: string; policies: string } {
  let groups = sweepGroupsHeader(parameters);
  let policies = sweepPoliciesHeader(parameters);
  for (const { point, results } of points) {
    groups += sweepGroupsRows(point, results);
    policies += sweepPoliciesRows(point, results);
  }
  return { groups, policies };
}

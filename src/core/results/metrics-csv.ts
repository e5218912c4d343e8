/**
 * `metrics.csv`: the results in long form, one row per (policy, attribute, group, metric):
 * `policy,attribute,group,metric,value,low,high`. Policy totals have empty attribute and group.
 * `low`/`high` are the 95% interval where the metric has one (Wilson for rates, Katz log for the
 * ratios). With replicates > 1 the rows `<metric>` carry the replicate-0 value and its interval,
 * extra rows `<metric>.replicates` the replicate mean with its 95% t-interval, and
 * `<metric>.replicates.n` how many replicates had a defined value. Each group also has rows
 * `verdict` (after the multiplicity control), `rawVerdict`, `leaning`, `pValue`,
 * `adjustedPValue`, `intervalKind` and `harm`.
 * Undefined values are empty cells. Numbers are rounded as in results.json.
 */
import { csvLine } from './csv';
import { roundNumber } from './json';
import { GROUP_METRICS } from './group-metrics';
import type { GroupIntervals, GroupRow, PolicyTotalName, Results, Spread } from './types';

export const METRICS_CSV_HEADER = ['policy', 'attribute', 'group', 'metric', 'value', 'low', 'high'] as const;


type Cell = string | number | null;
const num = (v: number | null | undefined): Cell => (v === null || v === undefined ? null : roundNumber(v));

function spreadRow(policy: string, attribute: string, group: string, metric: string, s: Spread | undefined): Cell[][] {
  if (!s) return [];
  return [
    [policy, attribute, group, `${metric}.replicates`, num(s.mean), num(s.low), num(s.high)],
    [policy, attribute, group, `${metric}.replicates.n`, s.count ?? null, null, null],
  ];
}

function groupRows(policy: string, row: GroupRow): Cell[][] {
  const out: Cell[][] = [];
  for (const m of GROUP_METRICS) {
    const interval = (row.intervals as unknown as Record<string, GroupIntervals[keyof GroupIntervals] | undefined>)[m];
    out.push([policy, row.attribute, row.group, m, num(row[m]), num(interval?.[0]), num(interval?.[1])]);
    out.push(...spreadRow(policy, row.attribute, row.group, m, row.spread?.[m]));
  }
  out.push([policy, row.attribute, row.group, 'verdict', row.verdict, null, null]);
  out.push([policy, row.attribute, row.group, 'rawVerdict', row.rawVerdict ?? row.verdict, null, null]);
  out.push([policy, row.attribute, row.group, 'leaning', row.leaning ?? null, null, null]);
  out.push([policy, row.attribute, row.group, 'pValue', num(row.pValue), null, null]);
  out.push([policy, row.attribute, row.group, 'adjustedPValue', num(row.adjustedPValue), null, null]);
  out.push([policy, row.attribute, row.group, 'intervalKind', row.intervalKind ?? 'wilson-katz', null, null]);
  out.push([policy, row.attribute, row.group, 'harm', row.harm ? 1 : 0, null, null]);
  return out;
}

export function metricsCsv(results: Results): string {
  let text = csvLine(METRICS_CSV_HEADER);
  for (const p of results.policies) {
    for (const [m, v] of Object.entries(p.totals)) {
      text += csvLine([p.id, '', '', m, num(v as number | null), null, null]);
      for (const r of spreadRow(p.id, '', '', m, p.spread?.[m as PolicyTotalName])) text += csvLine(r);
    }
    for (const slice of p.slices) {
      text += csvLine([p.id, slice.attribute, '', 'mixDistance', num(slice.mixDistance), null, null]);
      for (const r of spreadRow(p.id, slice.attribute, '', 'mixDistance', slice.spread?.mixDistance)) text += csvLine(r);
      for (const row of slice.groups) for (const r of groupRows(p.id, row)) text += csvLine(r);
    }
  }
  return text;
}

/**
 * `metrics.csv`: the results in long form, one row per (policy, attribute, group, metric):
 * `policy,policy_label,attribute,attribute_label,group,group_label,metric,value,low,high,`
 * `verdict,raw_verdict,leaning,interval_kind,harm`.
 * Ids sit beside their labels (`f|18-24` beside `Women · 18-24`). `value`, `low` and `high` hold
 * numbers only; a group's verdict (after the multiplicity control), raw verdict, leaning, interval
 * kind and harm (0/1) are columns of every row of that group, empty on policy totals and mix
 * distance rows (issue 12). Policy totals have empty attribute and group.
 * `low`/`high` are the 95% interval where the metric has one (Wilson for rates, Katz log for the
 * ratios). With replicates > 1 the rows `<metric>` carry the replicate-0 value and its interval,
 * extra rows `<metric>.replicates` the replicate mean with its 95% t-interval, and
 * `<metric>.replicates.n` how many replicates had a defined value. Each group also has the numeric
 * rows `pValue` and `adjustedPValue`.
 * Undefined values are empty cells. Numbers are rounded as in results.json.
 */
import { csvLine } from './csv';
import { roundNumber } from './json';
import { GROUP_METRICS } from './group-metrics';
import type { GroupIntervals, GroupRow, PolicyResult, PolicyTotalName, Results, SliceResult, Spread } from './types';

export const METRICS_CSV_HEADER = [
  'policy', 'policy_label', 'attribute', 'attribute_label', 'group', 'group_label', 'metric', 'value', 'low', 'high',
  'verdict', 'raw_verdict', 'leaning', 'interval_kind', 'harm',
] as const;

type Cell = string | number | null;
const num = (v: number | null | undefined): Cell => (v === null || v === undefined ? null : roundNumber(v));

/** The first six columns: who the row is about. */
type Who = [string, string, string, string, string, string];
/** The last five: the group's verdict, raw verdict, leaning, interval kind and harm, or empty. */
type Judgement = [Cell, Cell, Cell, Cell, Cell];
const NO_JUDGEMENT: Judgement = [null, null, null, null, null];

function spreadRows(who: Who, metric: string, s: Spread | undefined, judgement: Judgement): Cell[][] {
  if (!s) return [];
  return [
    [...who, `${metric}.replicates`, num(s.mean), num(s.low), num(s.high), ...judgement],
    [...who, `${metric}.replicates.n`, s.count ?? null, null, null, ...judgement],
  ];
}

/** "Gender", or "Gender × Age band" for an intersection. */
function sliceLabel(results: Results, slice: SliceResult): string {
  return slice.attributes.map((id) => results.attributes.find((a) => a.id === id)?.label ?? id).join(' × ');
}

function groupRows(policy: PolicyResult, attributeLabel: string, row: GroupRow): Cell[][] {
  const who: Who = [policy.id, policy.label, row.attribute, attributeLabel, row.group, row.label];
  const judgement: Judgement = [row.verdict, row.rawVerdict ?? row.verdict, row.leaning ?? null, row.intervalKind ?? 'wilson-katz', row.harm ? 1 : 0];
  const out: Cell[][] = [];
  for (const m of GROUP_METRICS) {
    const interval = (row.intervals as unknown as Record<string, GroupIntervals[keyof GroupIntervals] | undefined>)[m];
    out.push([...who, m, num(row[m]), num(interval?.[0]), num(interval?.[1]), ...judgement]);
    out.push(...spreadRows(who, m, row.spread?.[m], judgement));
  }
  out.push([...who, 'pValue', num(row.pValue), null, null, ...judgement]);
  out.push([...who, 'adjustedPValue', num(row.adjustedPValue), null, null, ...judgement]);
  return out;
}

export function metricsCsv(results: Results): string {
  let text = csvLine(METRICS_CSV_HEADER);
  for (const p of results.policies) {
    const totals: Who = [p.id, p.label, '', '', '', ''];
    for (const [m, v] of Object.entries(p.totals)) {
      text += csvLine([...totals, m, num(v as number | null), null, null, ...NO_JUDGEMENT]);
      for (const r of spreadRows(totals, m, p.spread?.[m as PolicyTotalName], NO_JUDGEMENT)) text += csvLine(r);
    }
    for (const slice of p.slices) {
      const label = sliceLabel(results, slice);
      const who: Who = [p.id, p.label, slice.attribute, label, '', ''];
      text += csvLine([...who, 'mixDistance', num(slice.mixDistance), null, null, ...NO_JUDGEMENT]);
      for (const r of spreadRows(who, 'mixDistance', slice.spread?.mixDistance, NO_JUDGEMENT)) text += csvLine(r);
      for (const row of slice.groups) for (const r of groupRows(p, label, row)) text += csvLine(r);
    }
  }
  return text;
}

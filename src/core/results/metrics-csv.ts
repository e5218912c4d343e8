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
import { csvField, csvLine } from './csv';
import { roundNumber } from './json';
import { GROUP_METRICS } from './group-metrics';
import type { GroupIntervals, GroupRow, PolicyResult, PolicyTotalName, Results, SliceResult, Spread } from './types';

export const METRICS_CSV_HEADER = [
  'policy', 'policy_label', 'attribute', 'attribute_label', 'group', 'group_label', 'metric', 'value', 'low', 'high',
  'verdict', 'raw_verdict', 'leaning', 'interval_kind', 'harm',
] as const;

type Cell = string | number | null;
const num = (v: number | null | undefined): Cell => (v === null || v === undefined ? null : roundNumber(v));

/**
 * The rows are written as text: who the row is about (the first six columns) and the group's
 * judgement (the last five) are the same on every row of a group, so each is escaped and joined
 * once per group, and a row adds its metric, value, low and high between them — the same text as
 * csvLine of the whole row.
 */
const fields = (values: readonly Cell[]): string => values.map(csvField).join(',');
const row = (who: string, metric: string, value: Cell, low: Cell, high: Cell, judgement: string): string =>
  `${who},${csvField(metric)},${csvField(value)},${csvField(low)},${csvField(high)},${judgement}\n`;
/** The judgement columns of rows that have none (policy totals, mix distance). */
const NO_JUDGEMENT = fields([null, null, null, null, null]);

function spreadRows(who: string, metric: string, s: Spread | undefined, judgement: string): string {
  if (!s) return '';
  return row(who, `${metric}.replicates`, num(s.mean), num(s.low), num(s.high), judgement) + row(who, `${metric}.replicates.n`, s.count ?? null, null, null, judgement);
}

/** "Gender", or "Gender × Age band" for an intersection. */
function sliceLabel(results: Results, slice: SliceResult): string {
  return slice.attributes.map((id) => results.attributes.find((a) => a.id === id)?.label ?? id).join(' × ');
}

function groupRows(policy: PolicyResult, attributeLabel: string, group: GroupRow): string {
  const who = fields([policy.id, policy.label, group.attribute, attributeLabel, group.group, group.label]);
  const judgement = fields([group.verdict, group.rawVerdict ?? group.verdict, group.leaning ?? null, group.intervalKind ?? 'wilson-katz', group.harm ? 1 : 0]);
  let text = '';
  for (const m of GROUP_METRICS) {
    const interval = (group.intervals as unknown as Record<string, GroupIntervals[keyof GroupIntervals] | undefined>)[m];
    text += row(who, m, num(group[m]), num(interval?.[0]), num(interval?.[1]), judgement);
    text += spreadRows(who, m, group.spread?.[m], judgement);
  }
  text += row(who, 'pValue', num(group.pValue), null, null, judgement);
  text += row(who, 'adjustedPValue', num(group.adjustedPValue), null, null, judgement);
  return text;
}

export function metricsCsv(results: Results): string {
  let text = csvLine(METRICS_CSV_HEADER);
  for (const p of results.policies) {
    const totals = fields([p.id, p.label, '', '', '', '']);
    for (const [m, v] of Object.entries(p.totals)) {
      text += row(totals, m, num(v as number | null), null, null, NO_JUDGEMENT);
      text += spreadRows(totals, m, p.spread?.[m as PolicyTotalName], NO_JUDGEMENT);
    }
    for (const slice of p.slices) {
      const label = sliceLabel(results, slice);
      const who = fields([p.id, p.label, slice.attribute, label, '', '']);
      text += row(who, 'mixDistance', num(slice.mixDistance), null, null, NO_JUDGEMENT);
      text += spreadRows(who, 'mixDistance', slice.spread?.mixDistance, NO_JUDGEMENT);
      for (const group of slice.groups) text += groupRows(p, label, group);
    }
  }
  return text;
}

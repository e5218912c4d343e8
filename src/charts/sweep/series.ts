/**
 * What the sweep charts draw: the sweep's policy rows, cut into series — one per policy and per
 * combination of the parameters that are not on display — each ordered along the displayed
 * parameter. With one parameter that is one line per policy.
 */
import type { SweepPolicyRow } from '../../core/sweep/tables';
import type { SweepValue } from '../../core/scenario/types';

export interface SweepChartData {
  /** Parameter names, in the order of each row's `values`. */
  parameters: string[];
  rows: SweepPolicyRow[];
  band: { low: number; high: number };
}

export interface SweepSeries {
  policy: string;
  label: string;
  /** Position of the policy among the sweep's policies: its colour. */
  colour: number;
  /** The values of the other parameters, in words (`seed = 2`), empty with one parameter. */
  fixed: string;
  rows: SweepPolicyRow[];
}

export function valueText(value: SweepValue): string {
  return typeof value === 'string' ? value : String(value);
}

/** `seed = 1, budget = 400`: where in the grid a row is. */
export function pointText(parameters: readonly string[], row: SweepPolicyRow, skip = -1): string {
  return parameters.map((name, i) => (i === skip ? '' : `${name} = ${valueText(row.values[i]!)}`)).filter(Boolean).join(', ');
}

export function sweepSeries(data: SweepChartData, parameter: number): SweepSeries[] {
  const policies = [...new Set(data.rows.map((r) => r.policy))];
  const series = new Map<string, SweepSeries>();
  for (const row of data.rows) {
    const fixed = pointText(data.parameters, row, parameter);
    const key = JSON.stringify([row.policy, fixed]);
    let s = series.get(key);
    if (!s) series.set(key, (s = { policy: row.policy, label: row.label, colour: policies.indexOf(row.policy), fixed, rows: [] }));
    s.rows.push(row);
  }
  const numeric = data.rows.every((r) => typeof r.values[parameter] === 'number');
  if (numeric) for (const s of series.values()) s.rows.sort((a, b) => (a.values[parameter] as number) - (b.values[parameter] as number));
  return [...series.values()];
}

/** The policies of the sweep, in order, with their labels (for the legend). */
export function sweepPolicies(data: SweepChartData): { policy: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of data.rows) if (!seen.has(r.policy)) seen.set(r.policy, r.label);
  return [...seen].map(([policy, label]) => ({ policy, label }));
}

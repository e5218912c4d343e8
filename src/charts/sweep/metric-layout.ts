/**
 * A metric against a swept parameter: across, the parameter's values (to scale when they are
 * numbers, evenly spaced otherwise); up, a policy total or the worst group's ratio (log scale,
 * band shaded); one line per policy (and per value of the other parameters).
 */
import { scaleLinear } from 'd3-scale';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE } from '../marks';
import { axisMarks, linearTicks, ratioDomain, ratioTicks } from '../axis';
import { logScale } from '../log-scale';
import { emptyLayout } from '../empty';
import { formatAmount, formatNumber } from '../format';
import { BAND_FILL, INK, seriesColour } from '../palette';
import { layoutLegend } from '../legend';
import type { SweepPolicyRow } from '../../core/sweep/tables';
import type { SweepChartData } from './series';
import { pointText, sweepPolicies, sweepSeries, valueText } from './series';
import { metricLabel } from '../../core/results/group-metrics';

const SWEEP_TOTALS = ['expectedConversions', 'costPerConversion', 'reached', 'cost', 'realisedConversions', 'selectionRate', 'tpr', 'precision', 'costPerReach'] as const;

/** The metrics a sweep can chart, named from the metric table (the worst ratio is the sweep's own). */
export const SWEEP_METRICS: Readonly<Record<(typeof SWEEP_TOTALS)[number] | 'worstRatio', string>> = {
  ...Object.fromEntries(SWEEP_TOTALS.slice(0, 2).map((m) => [m, metricLabel(m)])),
  worstRatio: "Worst group's ratio",
  ...Object.fromEntries(SWEEP_TOTALS.slice(2).map((m) => [m, metricLabel(m)])),
} as Record<(typeof SWEEP_TOTALS)[number] | 'worstRatio', string>;

export type SweepMetric = keyof typeof SWEEP_METRICS;

export function sweepMetricValue(row: SweepPolicyRow, metric: SweepMetric): number | null {
  return metric === 'worstRatio' ? row.worstRatio : row.totals[metric];
}

export interface SweepMetricOptions {
  metric?: SweepMetric;
  parameter?: number;
}

export function layoutSweepMetric(data: SweepChartData, options: SweepMetricOptions, size: ChartSize): ChartLayout {
  if (!data.rows.length) return emptyLayout(size, 'Run a sweep to see a metric across it', 'Metric across the sweep');
  const metric = options.metric ?? 'expectedConversions';
  const parameter = Math.min(options.parameter ?? 0, data.parameters.length - 1);
  const name = data.parameters[parameter]!;
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const policies = sweepPolicies(data);
  const entries = policies.map((p, i) => ({ label: p.label, shape: 'line' as const, colour: seriesColour(i) }));
  const legend = layoutLegend(entries, 0, 0, fs, width - fs * 5.5);
  const left = fs * 4.5;
  const right = width - fs * 2;
  const top = fs * 2.2;
  const bottom = height - fs * 4 - legend.lines * legend.lineHeight - fs * 0.6;

  const values = [...new Map(data.rows.map((r) => [JSON.stringify(r.values[parameter]), r.values[parameter]!])).values()];
  const numeric = values.every((v) => typeof v === 'number');
  let x: (row: SweepPolicyRow) => number;
  let xMarks: Mark[];
  if (numeric) {
    const nums = values as number[];
    const scale = scaleLinear().domain([Math.min(...nums), Math.max(...nums)]).range([left, right]);
    if (nums.length === 1) scale.domain([nums[0]! - 1, nums[0]! + 1]);
    x = (r) => scale(r.values[parameter] as number);
    xMarks = axisMarks(scale, { orient: 'bottom', position: bottom, ticks: scale.ticks(6), format: (v) => formatAmount(v), fontSize: fs, gridFrom: top, gridTo: bottom, label: name });
  } else {
    const step = (right - left) / Math.max(1, values.length);
    const at = new Map(values.map((v, i) => [JSON.stringify(v), left + step * (i + 0.5)]));
    x = (r) => at.get(JSON.stringify(r.values[parameter]))!;
    xMarks = values.flatMap((v): Mark[] => [
      { kind: 'line', className: 'tick', x1: at.get(JSON.stringify(v))!, x2: at.get(JSON.stringify(v))!, y1: bottom, y2: bottom + fs * 0.4, stroke: INK },
      { kind: 'text', className: 'tick-label', x: at.get(JSON.stringify(v))!, y: bottom + fs * 0.8, text: valueText(v), fill: INK, fontSize: fs * 0.9, anchor: 'middle', baseline: 'hanging' },
    ]);
    xMarks.push({ kind: 'text', className: 'axis-label', x: (left + right) / 2, y: bottom + fs * 2.6, text: name, fill: INK, fontSize: fs, anchor: 'middle', baseline: 'hanging' });
  }

  const ys = data.rows.map((r) => sweepMetricValue(r, metric));
  const marks: Mark[] = [];
  let y: (v: number) => number;
  if (metric === 'worstRatio') {
    const domain = ratioDomain(ys, data.band);
    y = logScale(domain, [bottom, top]);
    marks.push({ kind: 'rect', className: 'band', x: left, y: y(data.band.high), width: right - left, height: y(data.band.low) - y(data.band.high), fill: BAND_FILL });
    marks.push(...axisMarks(y, { orient: 'left', position: left, ticks: ratioTicks(domain, data.band), format: String, fontSize: fs, label: `${SWEEP_METRICS[metric]} (log)`, labelAt: top - fs * 1.1 }));
    marks.push({ kind: 'line', className: 'parity', x1: left, x2: right, y1: y(1), y2: y(1), stroke: INK, strokeWidth: 1.5, dash: '4 3' });
  } else {
    const ticks = linearTicks(Math.max(0, ...ys.map((v) => v ?? 0)), 5);
    const max = Math.max(1e-9, ticks[ticks.length - 1] ?? 1);
    y = (v) => bottom - (v / max) * (bottom - top);
    marks.push(...axisMarks(y, { orient: 'left', position: left, ticks, format: (v) => formatAmount(v), fontSize: fs, gridFrom: left, gridTo: right, label: SWEEP_METRICS[metric], labelAt: top - fs * 1.1 }));
  }
  marks.push(...xMarks);
  for (const s of sweepSeries(data, parameter)) {
    const colour = seriesColour(s.colour);
    const drawn = s.rows.filter((r) => sweepMetricValue(r, metric) !== null);
    if (drawn.length > 1) {
      const d = drawn.map((r, i) => `${i ? 'L' : 'M'}${x(r).toFixed(2)},${y(sweepMetricValue(r, metric)!).toFixed(2)}`).join('');
      marks.push({ kind: 'path', className: 'series', d, fill: 'none', stroke: colour, strokeWidth: 2, tooltip: `${s.label}${s.fixed ? ` (${s.fixed})` : ''}` });
    }
    for (const r of drawn) {
      const v = sweepMetricValue(r, metric)!;
      marks.push({ kind: 'circle', className: 'point', cx: x(r), cy: y(v), r: fs * 0.3, fill: colour, stroke: '#ffffff', strokeWidth: 1, tooltip: `${r.label}, ${pointText(data.parameters, r)}: ${formatNumber(v, 3)}` });
    }
  }
  const legendTop = height - legend.lines * legend.lineHeight + legend.lineHeight / 2 - fs * 0.2;
  marks.push(...layoutLegend(entries, left, legendTop, fs, width - left - fs).marks);

  const first = values[0];
  const last = values[values.length - 1];
  const change = policies.map((p) => {
    const rows = data.rows.filter((r) => r.policy === p.policy);
    const at = (v: unknown) => rows.find((r) => JSON.stringify(r.values[parameter]) === JSON.stringify(v));
    return { label: p.label, from: at(first) && sweepMetricValue(at(first)!, metric), to: at(last) && sweepMetricValue(at(last)!, metric) };
  });
  const sample = change[0];
  const title = sample && sample.from != null && sample.to != null && values.length > 1
    ? `${SWEEP_METRICS[metric]} of ${sample.label} goes from ${formatNumber(sample.from, 3)} to ${formatNumber(sample.to, 3)} as ${name} goes from ${valueText(first!)} to ${valueText(last!)}`
    : `${SWEEP_METRICS[metric]} across ${name}`;
  return {
    width,
    height,
    title,
    description: `${SWEEP_METRICS[metric]} of every policy (up) against ${name} (across), one line per policy.`,
    marks,
    table: {
      caption: `${SWEEP_METRICS[metric]} at every point of the sweep`,
      columns: ['Policy', ...data.parameters, SWEEP_METRICS[metric]],
      rows: data.rows.map((r) => [r.label, ...r.values.map(String), formatNumber(sweepMetricValue(r, metric), 3)]),
    },
    notes: [],
  };
}

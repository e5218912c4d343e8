/**
 * The sweep frontier: for every policy, its points across the grid — across, expected
 * conversions (or cost per conversion); up, its worst group's ratio on a log scale with the band
 * shaded — joined in the order of the displayed parameter. Where a line leaves the band is what
 * that parameter costs in fairness.
 */
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, textWidth } from '../marks';
import { axisMarks, linearTicks, ratioDomain, ratioTicks } from '../axis';
import { logScale } from '../log-scale';
import { emptyLayout } from '../empty';
import { formatAmount, formatNumber } from '../format';
import { BAND_FILL, INK, seriesColour } from '../palette';
import { layoutLegend } from '../legend';
import type { SweepPolicyRow } from '../../core/sweep/tables';
import type { SweepChartData } from './series';
import { pointText, sweepPolicies, sweepSeries } from './series';

export type FrontierAxis = 'conversions' | 'costPerConversion';

export interface FrontierOptions {
  x?: FrontierAxis;
  /** Index of the parameter the lines follow (default 0). */
  parameter?: number;
}

const X_NAMES: Record<FrontierAxis, string> = { conversions: 'Expected conversions', costPerConversion: 'Cost per expected conversion' };

const xOf = (row: SweepPolicyRow, axis: FrontierAxis) => (axis === 'conversions' ? row.totals.expectedConversions : row.totals.costPerConversion);

function finding(data: SweepChartData, axis: FrontierAxis): string {
  const drawn = data.rows.filter((r) => xOf(r, axis) !== null && r.worstRatio !== null);
  if (!drawn.length) return 'No point of the sweep can be drawn';
  const inBand = drawn.filter((r) => r.worstRatio! >= data.band.low && r.worstRatio! <= data.band.high);
  const better = (a: SweepPolicyRow, b: SweepPolicyRow) => (axis === 'conversions' ? xOf(a, axis)! > xOf(b, axis)! : xOf(a, axis)! < xOf(b, axis)!);
  const what = axis === 'conversions' ? 'the most expected conversions' : 'the lowest cost per conversion';
  const range = `${data.band.low}–${data.band.high}×`;
  if (!inBand.length) return `No policy at any point keeps its worst group within ${range}`;
  const best = inBand.reduce((a, b) => (better(b, a) ? b : a));
  return `Within ${range} for every group, ${best.label} at ${pointText(data.parameters, best)} gives ${what} (${formatAmount(xOf(best, axis))}); ${inBand.length} of ${drawn.length} points are within`;
}

export function layoutSweepFrontier(data: SweepChartData, options: FrontierOptions, size: ChartSize): ChartLayout {
  if (!data.rows.length) return emptyLayout(size, 'Run a sweep to see its frontier', 'Sweep frontier');
  const axis = options.x ?? 'conversions';
  const parameter = Math.min(options.parameter ?? 0, data.parameters.length - 1);
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const policies = sweepPolicies(data);
  const legend = layoutLegend(policies.map((p, i) => ({ label: p.label, shape: 'line', colour: seriesColour(i) })), fs * 4.5, 0, fs, width - fs * 5.5);
  const legendHeight = legend.lines * legend.lineHeight;
  const left = fs * 4.5;
  const top = fs * 2.2;
  const bottom = height - fs * 4 - legendHeight - fs * 0.6;
  const xTicks = linearTicks(Math.max(0, ...data.rows.map((r) => xOf(r, axis) ?? 0)), 5);
  const xMax = Math.max(1e-9, xTicks[xTicks.length - 1] ?? 1);
  const right = width - Math.max(fs, textWidth(formatAmount(xMax), fs * 0.9) / 2 + fs * 0.4);
  const x = (v: number) => left + (v / xMax) * (right - left);
  const domain = ratioDomain(data.rows.map((r) => r.worstRatio), data.band);
  const y = logScale(domain, [bottom, top]);
  const marks: Mark[] = [
    { kind: 'rect', className: 'band', x: left, y: y(data.band.high), width: right - left, height: y(data.band.low) - y(data.band.high), fill: BAND_FILL },
    ...axisMarks(x, { orient: 'bottom', position: bottom, ticks: xTicks, format: formatAmount, fontSize: fs, gridFrom: top, gridTo: bottom, label: X_NAMES[axis] }),
    ...axisMarks(y, { orient: 'left', position: left, ticks: ratioTicks(domain, data.band), format: String, fontSize: fs, label: "Worst group's ratio (log)", labelAt: top - fs * 1.1 }),
    { kind: 'line', className: 'parity', x1: left, x2: right, y1: y(1), y2: y(1), stroke: INK, strokeWidth: 1.5, dash: '4 3' },
  ];
  const notes: string[] = [];
  for (const s of sweepSeries(data, parameter)) {
    const colour = seriesColour(s.colour);
    const drawn = s.rows.filter((r) => xOf(r, axis) !== null && r.worstRatio !== null);
    if (drawn.length < s.rows.length) notes.push(`${s.label}${s.fixed ? ` (${s.fixed})` : ''}: ${s.rows.length - drawn.length} points without a judged group or conversions are not drawn.`);
    if (drawn.length > 1) {
      const d = drawn.map((r, i) => `${i ? 'L' : 'M'}${x(xOf(r, axis)!).toFixed(2)},${y(r.worstRatio!).toFixed(2)}`).join('');
      marks.push({ kind: 'path', className: 'series', d, fill: 'none', stroke: colour, strokeWidth: 2, tooltip: `${s.label}${s.fixed ? ` (${s.fixed})` : ''}` });
    }
    for (const r of drawn) {
      marks.push({
        kind: 'circle', className: 'point', cx: x(xOf(r, axis)!), cy: y(r.worstRatio!), r: fs * 0.3, fill: colour, stroke: '#ffffff', strokeWidth: 1,
        tooltip: `${r.label}, ${pointText(data.parameters, r)}: ${formatAmount(xOf(r, axis))} ${X_NAMES[axis].toLowerCase()}; worst group ${r.worstLabel ?? 'none'} at ${formatNumber(r.worstRatio)}`,
      });
    }
  }
  const legendTop = height - legendHeight + legend.lineHeight / 2 - fs * 0.2;
  marks.push(...layoutLegend(policies.map((p, i) => ({ label: p.label, shape: 'line', colour: seriesColour(i) })), left, legendTop, fs, width - left - fs).marks);
  return {
    width,
    height,
    title: finding(data, axis),
    description: `For every policy, one line across the sweep along ${data.parameters[parameter]}: across, ${X_NAMES[axis].toLowerCase()}; up, the ratio of its worst group on a log scale. The shaded band from ${data.band.low} to ${data.band.high} is judged fair.`,
    marks,
    table: {
      caption: `Every point of the sweep: ${X_NAMES[axis].toLowerCase()} and the worst group`,
      columns: ['Policy', ...data.parameters, X_NAMES[axis], 'Worst group', 'Ratio'],
      rows: data.rows.map((r) => [r.label, ...r.values.map(String), formatAmount(xOf(r, axis)), r.worstLabel ?? 'none judged', formatNumber(r.worstRatio)]),
    },
    notes,
  };
}

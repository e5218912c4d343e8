/**
 * Policy comparison: each policy a labelled point, x = expected conversions (or cost per
 * conversion), y = its worst group's ratio on a log scale (the judged group furthest from 1), with
 * the band shaded. Up and right of the band is what a policy buys with its unfairness.
 */
import type { GroupRow, PolicyResult, Results } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, textWidth } from '../marks';
import { axisMarks, linearTicks, ratioDomain, ratioTicks } from '../axis';
import { logScale } from '../log-scale';
import { emptyLayout } from '../empty';
import type { RatioMetric } from '../lookup';
import { attributeLabel, findSlice, metricName, verdictText, worstGroup } from '../lookup';
import { formatAmount, formatCount, formatNumber, formatRatio } from '../format';
import { BAND_FILL, INK, MUTED as GRID_INK, seriesColour } from '../palette';

export type ComparisonAxis = 'conversions' | 'costPerConversion';

export interface PolicyComparisonOptions {
  attribute?: string;
  x?: ComparisonAxis;
  metric?: RatioMetric;
}

interface Point {
  policy: PolicyResult;
  index: number;
  x: number | null;
  worst: GroupRow | undefined;
  y: number | null;
}

const X_NAMES: Record<ComparisonAxis, string> = {
  conversions: 'Expected conversions',
  costPerConversion: 'Cost per expected conversion',
};

function finding(points: Point[], axis: ComparisonAxis, band: { low: number; high: number }, attribute: string): string {
  const drawn = points.filter((p): p is Point & { x: number; y: number; worst: GroupRow } => p.x !== null && p.y !== null && p.worst !== undefined);
  if (!drawn.length) return `No policy can be compared on ${attribute}`;
  const better = (a: number, b: number) => (axis === 'conversions' ? a > b : a < b);
  const best = (list: typeof drawn) => list.reduce((a, b) => (better(b.x, a.x) ? b : a));
  const what = axis === 'conversions' ? 'gives the most expected conversions' : 'has the lowest cost per conversion';
  const inBand = drawn.filter((p) => p.y >= band.low && p.y <= band.high);
  const range = `${band.low}–${band.high}×`;
  if (!inBand.length) {
    const closest = drawn.reduce((a, b) => (Math.abs(Math.log(b.y)) < Math.abs(Math.log(a.y)) ? b : a));
    return `No policy keeps every judged ${attribute} group within ${range}; ${closest.policy.label} comes closest (${closest.worst.label} at ${formatRatio(closest.y)})`;
  }
  const fairBest = best(inBand);
  if (inBand.length === drawn.length) {
    return `Every policy keeps every judged ${attribute} group within ${range}; ${fairBest.policy.label} ${what} (${formatAmount(fairBest.x)})`;
  }
  const overall = best(drawn);
  const lead = `Of the policies within ${range} for ${attribute}, ${fairBest.policy.label} ${what} (${formatAmount(fairBest.x)})`;
  return overall === fairBest || !better(overall.x, fairBest.x)
    ? lead
    : `${lead}; ${overall.policy.label} does better (${formatAmount(overall.x)}) but has ${overall.worst.label} at ${formatRatio(overall.y)}`;
}

export function layoutPolicyComparison(results: Results, options: PolicyComparisonOptions, size: ChartSize): ChartLayout {
  if (!results.policies.length) return emptyLayout(size, 'No policies to compare', 'Policy comparison');
  const axis = options.x ?? 'conversions';
  const metric = options.metric ?? results.metric;
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const band = results.band;
  const points: Point[] = results.policies.map((policy, index) => {
    const slice = findSlice(policy, options.attribute);
    const worst = slice && worstGroup(slice.groups, metric);
    const x = axis === 'conversions' ? policy.totals.expectedConversions : policy.totals.costPerConversion;
    return { policy, index, x: x !== null && Number.isFinite(x) ? x : null, worst, y: worst?.[metric] ?? null };
  });
  const attributeId = options.attribute || findSlice(results.policies[0]!, undefined)?.attribute || '';
  const attribute = attributeLabel(results, attributeId);

  const left = fs * 4.5;
  const right = width - fs;
  const top = fs * 2.2;
  const bottom = height - fs * 4;
  const xTicks = linearTicks(Math.max(0, ...points.map((p) => p.x ?? 0)), 5);
  const xMax = Math.max(1e-9, xTicks[xTicks.length - 1] ?? 1);
  const x = (value: number) => left + (value / xMax) * (right - left);
  const domain = ratioDomain(points.map((p) => p.y), band);
  const y = logScale(domain, [bottom, top]);

  const marks: Mark[] = [
    { kind: 'rect', className: 'band', x: left, y: y(band.high), width: right - left, height: y(band.low) - y(band.high), fill: BAND_FILL },
    ...axisMarks(x, { orient: 'bottom', position: bottom, ticks: xTicks, format: (v) => formatAmount(v), fontSize: fs, gridFrom: top, gridTo: bottom, label: X_NAMES[axis] }),
    ...axisMarks(y, { orient: 'left', position: left, ticks: ratioTicks(domain, band), format: String, fontSize: fs, label: `Worst ${attribute} group: ${metricName(metric)} (log)`, labelAt: top - fs * 1.1 }),
    { kind: 'line', className: 'parity', x1: left, x2: right, y1: y(1), y2: y(1), stroke: INK, strokeWidth: 1.5, dash: '4 3' },
  ];

  const drawn = points.filter((p) => p.x !== null && p.y !== null);
  // Labels sit beside their points; sorted by height and pushed apart so they never overlap.
  const labelYs = new Map<Point, number>();
  let previous = -Infinity;
  for (const point of [...drawn].sort((a, b) => y(a.y!) - y(b.y!))) {
    const at = Math.max(y(point.y!), previous + fs * 1.15);
    labelYs.set(point, at);
    previous = at;
  }
  for (const point of drawn) {
    const cx = x(point.x!);
    const cy = y(point.y!);
    const colour = seriesColour(point.index);
    const text = `${point.policy.label} (${point.worst?.label} ${formatNumber(point.y)})`;
    const onLeft = cx + fs + textWidth(text, fs) > width;
    const labelY = labelYs.get(point) ?? cy;
    if (Math.abs(labelY - cy) > 1) {
      // A label pushed away from its point keeps a thin leader line back to it.
      marks.push({ kind: 'line', className: 'leader', x1: cx, y1: cy, x2: onLeft ? cx - fs * 0.7 : cx + fs * 0.7, y2: labelY, stroke: GRID_INK, strokeWidth: 1 });
    }
    marks.push(
      { kind: 'circle', className: 'point', cx, cy, r: fs * 0.45, fill: colour, stroke: INK, strokeWidth: 1, tooltip: text },
      { kind: 'text', className: 'point-label', x: onLeft ? cx - fs * 0.8 : cx + fs * 0.8, y: labelY, text, fill: INK, fontSize: fs, anchor: onLeft ? 'end' : 'start', baseline: 'middle' },
    );
  }

  return {
    width,
    height,
    title: finding(points, axis, band, attribute),
    description: `Each policy is a point: across, ${X_NAMES[axis].toLowerCase()}; up, the ${metricName(metric)} of its worst ${attribute} group on a log scale. The shaded band from ${band.low} to ${band.high} is judged fair.`,
    marks,
    table: {
      caption: `Policies compared on ${X_NAMES[axis].toLowerCase()} and their worst ${attribute} group`,
      columns: ['Policy', 'Reached', 'Expected conversions', 'Cost per conversion', 'Worst group', metricName(metric), 'Verdict'],
      rows: points.map((p) => [
        p.policy.label, formatCount(p.policy.totals.reached), formatAmount(p.policy.totals.expectedConversions),
        formatAmount(p.policy.totals.costPerConversion), p.worst?.label ?? 'none judged', formatNumber(p.y), p.worst ? verdictText(p.worst) : 'n/a',
      ]),
    },
    notes: points.filter((p) => p.x === null || p.y === null).map((p) => `${p.policy.label} is not drawn: ${p.y === null ? `no ${attribute} group could be judged` : 'no conversions to price'}.`),
  };
}

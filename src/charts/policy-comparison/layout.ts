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
import { formatAmount, formatCount, formatNumber, formatRatio, tickFormat } from '../format';
import { BAND_FILL, INK, MUTED, OKABE_ITO, seriesColour } from '../palette';
import type { LegendEntry } from '../legend';
import { layoutLegend } from '../legend';
import type { Box } from '../label-placement';
import { boxesIntersect, placeLabels, textBox } from '../label-placement';
import { metricLabel } from '../../core/results/group-metrics';

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

/** Series colours light enough that a number on them is drawn in ink rather than white. */
const LIGHT_SERIES = new Set<string>([OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.yellow]);

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

  const drawn = points.filter((p) => p.x !== null && p.y !== null);
  const labelOf = (p: Point) => `${p.policy.label} (${p.worst?.label} ${formatNumber(p.y)})`;
  const legendEntry = (p: Point): LegendEntry => ({ label: `${p.index + 1}. ${labelOf(p)}`, shape: 'dot', colour: seriesColour(p.index) });
  const left = fs * 4.5;
  // Room on the right for half of the last tick's label, which is centred on the plot's edge.
  const xTicks = linearTicks(Math.max(0, ...points.map((p) => p.x ?? 0)), 5);
  const xMax = Math.max(1e-9, xTicks[xTicks.length - 1] ?? 1);
  const right = width - Math.max(fs, textWidth(formatAmount(xMax), fs * 0.9) / 2 + fs * 0.4);
  const legendLines = (list: Point[]) => (list.length ? layoutLegend(list.map(legendEntry), left, 0, fs, right - left) : undefined);

  // Labels that find no free spot become numbers, named in a legend under the axis; the plot
  // gives up the legend's lines. A shorter plot can crowd it further, so the room is grown until
  // the legend fits, and as a last resort made room for every policy.
  const reserveFor = (list: Point[]) => {
    const legend = legendLines(list);
    return legend ? legend.lines * legend.lineHeight + fs * 0.4 : 0;
  };
  let plot = plotWith(0);
  for (let tries = 0; tries < 4 && reserveFor(plot.unplaced) > plot.reserve; tries++) plot = plotWith(reserveFor(plot.unplaced));
  if (reserveFor(plot.unplaced) > plot.reserve) plot = plotWith(reserveFor(drawn));
  const marks = plot.marks;
  if (plot.unplaced.length) {
    const legend = layoutLegend(plot.unplaced.map(legendEntry), left, height - plot.reserve + fs * 0.2 + fs * 0.675, fs, right - left);
    marks.push(...legend.marks);
  }

  function plotWith(reserve: number): { marks: Mark[]; unplaced: Point[]; reserve: number } {
    const top = fs * 2.2;
    const bottom = height - fs * 4 - reserve;
    const x = (value: number) => left + (value / xMax) * (right - left);
    const domain = ratioDomain(points.map((p) => p.y), band);
    const y = logScale(domain, [bottom, top]);
    const out: Mark[] = [
      { kind: 'rect', className: 'band', x: left, y: y(band.high), width: right - left, height: y(band.low) - y(band.high), fill: BAND_FILL },
      ...axisMarks(x, { orient: 'bottom', position: bottom, ticks: xTicks, format: tickFormat(xTicks), fontSize: fs, gridFrom: top, gridTo: bottom, label: X_NAMES[axis] }),
      ...axisMarks(y, { orient: 'left', position: left, ticks: ratioTicks(domain, band), format: String, fontSize: fs, label: `Worst ${attribute} group: ${metricName(metric)} (log)`, labelAt: top - fs * 1.1 }),
      { kind: 'line', className: 'parity', x1: left, x2: right, y1: y(1), y2: y(1), stroke: INK, strokeWidth: 1.5, dash: '4 3' },
    ];
    const spots = drawn.map((p) => ({ cx: x(p.x!), cy: y(p.y!), r: fs * 0.55 }));
    const bounds = { x0: left, y0: top, x1: right, y1: bottom };
    const taken: Box[] = [];
    const placed = placeLabels(spots, drawn.map((p, i) => ({ point: i, text: labelOf(p), fontSize: fs })), bounds, taken);
    const unplaced = drawn.filter((_, i) => !placed[i]);
    const numberSize = fs * 0.85;
    const numbers = placeLabels(spots, drawn.map((p, i) => ({ point: i, text: placed[i] ? '' : String(p.index + 1), fontSize: numberSize })).filter((r) => r.text), bounds, taken);
    let next = 0;
    drawn.forEach((point, i) => {
      const spot = spots[i]!;
      const colour = seriesColour(point.index);
      const text = labelOf(point);
      out.push({ kind: 'circle', className: 'point', cx: spot.cx, cy: spot.cy, r: spot.r, fill: colour, stroke: INK, strokeWidth: 1, tooltip: text });
      const label = placed[i];
      if (label) {
        if (label.leader) out.push({ kind: 'line', className: 'leader', ...label.leader, stroke: MUTED, strokeWidth: 1 });
        out.push({ kind: 'text', className: 'point-label', x: label.x, y: label.y, text, fill: INK, fontSize: fs, anchor: label.anchor, baseline: 'middle', halo: true });
        return;
      }
      const number = numbers[next++];
      const digits = String(point.index + 1);
      if (number) {
        out.push({ kind: 'text', className: 'point-number', x: number.x, y: number.y, text: digits, fill: INK, fontSize: numberSize, anchor: number.anchor, baseline: 'middle', bold: true, halo: true, tooltip: text });
        return;
      }
      // No room even for a number: it goes inside the point itself, in a colour that reads on it,
      // unless another point's number is already there (points on the same spot); the legend
      // still names the policy, and the point's tooltip.
      const inside = { kind: 'text', className: 'point-number', x: spot.cx, y: spot.cy, text: digits, fill: LIGHT_SERIES.has(colour) ? INK : '#ffffff', fontSize: fs * 0.8, anchor: 'middle', baseline: 'middle', bold: true, tooltip: text } as const;
      const box = textBox(inside);
      if (taken.some((b) => boxesIntersect(b, box))) return;
      taken.push(box);
      out.push(inside);
    });
    return { marks: out, unplaced, reserve };
  }

  return {
    width,
    height,
    title: finding(points, axis, band, attribute),
    description: `Each policy is a point: across, ${X_NAMES[axis].toLowerCase()}; up, the ${metricName(metric)} of its worst ${attribute} group on a log scale. The shaded band from ${band.low} to ${band.high} is judged fair.`,
    marks,
    table: {
      caption: `Policies compared on ${X_NAMES[axis].toLowerCase()} and their worst ${attribute} group`,
      columns: ['Policy', metricLabel('reached'), metricLabel('expectedConversions'), metricLabel('costPerConversion'), 'Worst group', metricLabel(metric), 'Verdict'],
      rows: points.map((p) => [
        p.policy.label, formatCount(p.policy.totals.reached), formatAmount(p.policy.totals.expectedConversions),
        formatAmount(p.policy.totals.costPerConversion), p.worst?.label ?? 'none judged', formatNumber(p.y), p.worst ? verdictText(p.worst) : 'n/a',
      ]),
    },
    notes: points.filter((p) => p.x === null || p.y === null).map((p) => `${p.policy.label} is not drawn: ${p.y === null ? `no ${attribute} group could be judged` : 'no conversions to price'}.`),
  };
}

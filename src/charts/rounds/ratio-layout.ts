/**
 * Each group's ratio over the rounds of one campaign: across, the rounds (days); up, the ratio of
 * the group's share of the people reached so far to its share of the population (log scale, the
 * band shaded, parity dashed); one line per group, labelled at its end. The finding compares the
 * group furthest from parity in the last round with where it stood on the first day.
 */
import { scaleLinear } from 'd3-scale';
import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, fitText, textWidth } from '../marks';
import { axisMarks, ratioDomain, ratioTicks } from '../axis';
import { logScale } from '../log-scale';
import { emptyLayout } from '../empty';
import { formatAmount, formatCount, formatPercent, formatRatio } from '../format';
import { BAND_FILL, INK } from '../palette';
import { layoutLegend } from '../legend';
import type { GroupSeries, RoundsSeries } from './series';
import { dayText, roundsSeries, textColour } from './series';
import { spreadLabels } from './end-labels';

export interface RoundsChartOptions {
  policy?: string;
  attribute?: string;
}

const last = <T>(xs: readonly T[]): T | undefined => xs[xs.length - 1];

/** The group whose last-round ratio is furthest from 1 on a log scale (a zero ratio is furthest). */
export function furthestGroup(series: RoundsSeries): GroupSeries | undefined {
  let worst: GroupSeries | undefined;
  let distance = -1;
  for (const g of series.groups) {
    const ratio = last(g.rows)?.ratio ?? 1;
    const d = ratio > 0 ? Math.abs(Math.log(ratio)) : Infinity;
    if (d > distance) {
      worst = g;
      distance = d;
    }
  }
  return worst;
}

function finding(series: RoundsSeries): string {
  const worst = furthestGroup(series);
  const first = worst?.rows[0];
  const end = worst && last(worst.rows);
  if (!worst || !first || !end) return `${series.policyLabel}: no group to follow over the rounds`;
  const days = series.rounds.length;
  const direction = end.ratio < first.ratio - 0.005 ? 'falls from' : end.ratio > first.ratio + 0.005 ? 'rises from' : 'stays at';
  const from = direction === 'stays at' ? formatRatio(end.ratio) : `${formatRatio(first.ratio)} on day 1 to ${formatRatio(end.ratio)}`;
  return `${series.policyLabel}: ${worst.label} ${direction} ${from} of their population share over ${days} day${days === 1 ? '' : 's'}`;
}

export function layoutRoundsRatio(results: Results, options: RoundsChartOptions, size: ChartSize): ChartLayout {
  const series = roundsSeries(results, options.policy, options.attribute);
  if (!series || series.groups.length === 0) return emptyLayout(size, 'Run a market scenario to see its rounds', 'Ratio over the rounds');
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const band = results.band;
  const endText = (g: GroupSeries) => `${g.label} ${formatRatio(last(g.rows)?.ratio ?? null)}`;
  const labelWidth = Math.min(width * 0.28, Math.max(...series.groups.map((g) => textWidth(endText(g), fs * 0.9))) + fs);
  // Where "name ratio" does not fit beside the plot (phones), the name and the ratio take two lines.
  const twoLines = series.groups.some((g) => textWidth(endText(g), fs * 0.9) > labelWidth - fs * 0.5);
  const left = fs * 4;
  const right = width - labelWidth - fs * 0.8;
  const top = fs * 2.2;
  const entries = series.groups.map((g) => ({ label: g.label, shape: 'line' as const, colour: g.colour }));
  const legend = layoutLegend(entries, left, 0, fs, width - left - fs);
  const bottom = height - fs * 4.2 - legend.lines * legend.lineHeight;

  const x = scaleLinear().domain([series.rounds[0] ?? 0, Math.max((series.rounds[0] ?? 0) + 1, last(series.rounds) ?? 1)]).range([left, right]);
  const ratios = series.groups.flatMap((g) => g.rows.map((r) => r.ratio));
  const domain = ratioDomain(ratios, band);
  const y = logScale(domain, [bottom, top]);
  const xTicks = series.rounds.length <= 12 ? series.rounds : x.ticks(8).filter(Number.isInteger);

  const marks: Mark[] = [
    { kind: 'rect', className: 'band', x: left, y: y(band.high), width: right - left, height: y(band.low) - y(band.high), fill: BAND_FILL },
    ...axisMarks(y, { orient: 'left', position: left, ticks: ratioTicks(domain, band), format: String, fontSize: fs, gridFrom: left, gridTo: right, label: 'Reach share ÷ population share (log)', labelAt: top - fs * 1.1 }),
    ...axisMarks((r) => x(r), { orient: 'bottom', position: bottom, ticks: xTicks, format: (r) => String(r + 1), fontSize: fs, label: 'Day (round)' }),
    { kind: 'line', className: 'parity', x1: left, x2: right, y1: y(1), y2: y(1), stroke: INK, strokeWidth: 1.5, dash: '4 3' },
  ];
  for (const g of series.groups) {
    const points = g.rows.map((r, i) => ({ r, cx: x(series.rounds[i] ?? i), cy: y(r.ratio) }));
    if (points.length > 1)
      marks.push({ kind: 'path', className: 'series', d: points.map((p, i) => `${i ? 'L' : 'M'}${p.cx.toFixed(2)},${p.cy.toFixed(2)}`).join(''), fill: 'none', stroke: g.colour, strokeWidth: 2.5, tooltip: g.label });
    points.forEach((p, i) => {
      const clipped = p.r.ratio < domain[0] || p.r.ratio > domain[1];
      marks.push({
        kind: 'circle', className: 'point', cx: p.cx, cy: p.cy, r: fs * 0.28, fill: clipped ? '#ffffff' : g.colour, stroke: g.colour, strokeWidth: 1.5,
        tooltip: `${g.label}, ${dayText(series.rounds[i] ?? i)}: ${formatRatio(p.r.ratio)} (${formatPercent(p.r.reachShare)} of the people reached so far, ${formatPercent(p.r.populationShare)} of the population)`,
      });
    });
  }
  const ends = series.groups.map((g) => y(last(g.rows)?.ratio ?? 1));
  const line = fs * 1.15;
  const labelYs = spreadLabels(ends, twoLines ? line * 2 : line, top, bottom);
  series.groups.forEach((g, i) => {
    const text = endText(g);
    const at = labelYs[i] as number;
    const label = { kind: 'text' as const, className: 'end-label', x: right + fs * 0.5, fill: textColour(g.colour), fontSize: fs * 0.9, baseline: 'middle' as const, bold: true, halo: true, tooltip: text };
    if (!twoLines) marks.push({ ...label, y: at, text: fitText(text, labelWidth, fs * 0.9) });
    else
      marks.push(
        { ...label, y: at - line / 2, text: fitText(g.label, labelWidth, fs * 0.9) },
        { ...label, y: at + line / 2, text: formatRatio(last(g.rows)?.ratio ?? null) },
      );
  });
  const legendTop = height - legend.lines * legend.lineHeight + legend.lineHeight / 2 - fs * 0.2;
  marks.push(...layoutLegend(entries, left, legendTop, fs, width - left - fs).marks);

  const explored = series.exploration.some((e) => e !== undefined);
  return {
    width,
    height,
    title: finding(series),
    description: `One line per ${series.attributeLabel} group: across, the days of ${series.policyLabel}'s campaign; up, the group's share of the people reached so far divided by its share of the population, on a log scale. The shaded band is ${band.low}–${band.high}×; the dashed line is parity.`,
    marks,
    table: {
      caption: `${series.policyLabel}: ${series.attributeLabel} groups day by day`,
      columns: ['Day', 'Group', 'Impressions', 'Reached so far', 'Impression share', 'Reach share', 'Population share', 'Ratio', 'Cost per person reached', ...(explored ? ['Explored'] : [])],
      rows: series.rounds.flatMap((round, k) =>
        series.groups.map((g) => {
          const r = g.rows[k]!;
          return [String(round + 1), g.label, formatCount(r.impressions), formatCount(r.reach), formatPercent(r.impressionShare), formatPercent(r.reachShare), formatPercent(r.populationShare), formatRatio(r.ratio), formatAmount(r.costPerReach), ...(explored ? [formatCount(series.exploration[k] ?? 0)] : [])];
        }),
      ),
    },
    notes: [
      `Ratio = a group's share of the people reached so far ÷ its share of the population; inside ${band.low}–${band.high}× (shaded) counts as in proportion.`,
      ...(explored ? [`Exploring: ${series.exploration.map((e) => formatCount(e ?? 0)).join(', ')} people on days 1–${series.rounds.length}.`] : []),
    ],
  };
}

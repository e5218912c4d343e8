/**
 * Impressions vs reach over the rounds of one campaign: for each group, its share of the day's
 * impressions (dashed) and its share of the people reached so far (solid), against its share of
 * the population (dotted). Under a frequency cap, or when a platform shows the same people the ad
 * again and again, the two shares part: audits that count impressions and audits that count people
 * can reach different verdicts.
 */
import { scaleLinear } from 'd3-scale';
import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, fitText, textWidth } from '../marks';
import { axisMarks, linearTicks } from '../axis';
import { emptyLayout } from '../empty';
import { formatPercent } from '../format';
import { INK } from '../palette';
import { layoutLegend } from '../legend';
import { dayText, roundsSeries, textColour } from './series';
import { spreadLabels } from './end-labels';
import type { RoundsChartOptions } from './ratio-layout';

const path = (points: readonly { x: number; y: number }[]) => points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(2)},${p.y.toFixed(2)}`).join('');

export function layoutRoundsShares(results: Results, options: RoundsChartOptions, size: ChartSize): ChartLayout {
  const series = roundsSeries(results, options.policy, options.attribute);
  if (!series || series.groups.length === 0) return emptyLayout(size, 'Run a market scenario to see its rounds', 'Impression and reach shares over the rounds');
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const labelWidth = Math.min(width * 0.25, Math.max(...series.groups.map((g) => textWidth(g.label, fs * 0.9))) + fs);
  const left = fs * 4;
  const right = width - labelWidth - fs * 0.8;
  const top = fs * 2.2;
  const entries = [
    { label: 'Share of the people reached so far', shape: 'line' as const, colour: INK },
    { label: "Share of the day's impressions", shape: 'line' as const, colour: INK, dash: '6 4' },
    { label: 'Share of the population', shape: 'line' as const, colour: INK, dash: '1 3' },
  ];
  const legend = layoutLegend(entries, left, 0, fs, width - left - fs);
  const bottom = height - fs * 4.2 - legend.lines * legend.lineHeight;
  const first = series.rounds[0] ?? 0;
  const x = scaleLinear().domain([first, Math.max(first + 1, series.rounds[series.rounds.length - 1] ?? 1)]).range([left, right]);
  const max = Math.max(0.01, ...series.groups.flatMap((g) => g.rows.flatMap((r) => [r.impressionShare, r.reachShare, r.populationShare])));
  const ticks = linearTicks(max, 4);
  const top01 = Math.max(max, ticks[ticks.length - 1] ?? max);
  const y = (share: number) => bottom - (share / top01) * (bottom - top);
  const xTicks = series.rounds.length <= 12 ? series.rounds : x.ticks(8).filter(Number.isInteger);
  const marks: Mark[] = [
    ...axisMarks(y, { orient: 'left', position: left, ticks, format: (v) => formatPercent(v, 0), fontSize: fs, gridFrom: left, gridTo: right, label: 'Share (%)', labelAt: top - fs * 1.1 }),
    ...axisMarks((r) => x(r), { orient: 'bottom', position: bottom, ticks: xTicks, format: (r) => String(r + 1), fontSize: fs, label: 'Day (round)' }),
  ];
  for (const g of series.groups) {
    const at = (k: number) => x(series.rounds[k] ?? k);
    const population = g.rows[0]?.populationShare ?? 0;
    marks.push({ kind: 'line', className: 'population', x1: left, x2: right, y1: y(population), y2: y(population), stroke: g.colour, strokeWidth: 1.5, dash: '1 3', tooltip: `${g.label}: ${formatPercent(population)} of the population` });
    if (g.rows.length > 1) {
      marks.push({ kind: 'path', className: 'impression-share', d: path(g.rows.map((r, k) => ({ x: at(k), y: y(r.impressionShare) }))), fill: 'none', stroke: g.colour, strokeWidth: 2, dash: '6 4', tooltip: `${g.label}: share of the day's impressions` });
      marks.push({ kind: 'path', className: 'reach-share', d: path(g.rows.map((r, k) => ({ x: at(k), y: y(r.reachShare) }))), fill: 'none', stroke: g.colour, strokeWidth: 2.5, tooltip: `${g.label}: share of the people reached so far` });
    }
    g.rows.forEach((r, k) => {
      marks.push({
        kind: 'circle', className: 'point', cx: at(k), cy: y(r.reachShare), r: fs * 0.26, fill: g.colour, stroke: '#ffffff', strokeWidth: 1,
        tooltip: `${g.label}, ${dayText(series.rounds[k] ?? k)}: ${formatPercent(r.reachShare)} of the people reached so far, ${formatPercent(r.impressionShare)} of the day's impressions`,
      });
    });
  }
  const ends = series.groups.map((g) => y(g.rows[g.rows.length - 1]?.reachShare ?? 0));
  const labelYs = spreadLabels(ends, fs * 1.15, top, bottom);
  series.groups.forEach((g, i) => {
    marks.push({ kind: 'text', className: 'end-label', x: right + fs * 0.5, y: labelYs[i] as number, text: fitText(g.label, labelWidth, fs * 0.9), fill: textColour(g.colour), fontSize: fs * 0.9, baseline: 'middle', bold: true, halo: true, tooltip: g.label });
  });
  const legendTop = height - legend.lines * legend.lineHeight + legend.lineHeight / 2 - fs * 0.2;
  marks.push(...layoutLegend(entries, left, legendTop, fs, width - left - fs).marks);

  // The group whose two shares part most relative to each other (10% vs 20% parts more than 89% vs 78%).
  let widest: { label: string; impressionShare: number; reachShare: number; distance: number } | undefined;
  for (const g of series.groups) {
    const end = g.rows[g.rows.length - 1];
    if (!end || !(end.reachShare > 0)) continue;
    const distance = end.impressionShare > 0 ? Math.abs(Math.log(end.impressionShare / end.reachShare)) : Infinity;
    if (!widest || distance > widest.distance) widest = { label: g.label, impressionShare: end.impressionShare, reachShare: end.reachShare, distance };
  }
  const title = widest && Math.abs(widest.impressionShare - widest.reachShare) >= 0.005
    ? `${series.policyLabel}: on the last day ${widest.label} had ${formatPercent(widest.impressionShare)} of the impressions but are ${formatPercent(widest.reachShare)} of the people reached`
    : `${series.policyLabel}: each group's share of the impressions matches its share of the people reached`;
  return {
    width,
    height,
    title,
    description: `For each ${series.attributeLabel} group over the days of ${series.policyLabel}'s campaign: its share of the people reached so far (solid), of the day's impressions (dashed) and of the population (dotted).`,
    marks,
    table: {
      caption: `${series.policyLabel}: impression and reach shares by ${series.attributeLabel}, day by day`,
      columns: ['Day', 'Group', "Share of the day's impressions", 'Share of the people reached so far', 'Share of the population'],
      rows: series.rounds.flatMap((round, k) => series.groups.map((g) => [String(round + 1), g.label, formatPercent(g.rows[k]!.impressionShare), formatPercent(g.rows[k]!.reachShare), formatPercent(g.rows[k]!.populationShare)])),
    },
    notes: ['Impression share counts every showing of the ad; reach share counts each person once.'],
  };
}

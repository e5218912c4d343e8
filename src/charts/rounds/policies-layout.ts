/**
 * One group over the rounds under every policy: across, the days; up, the group's ratio (its share
 * of the people reached so far ÷ its share of the population, log scale, band shaded); one line per
 * campaign. The group is the one furthest from parity on the last day under the chosen policy, so
 * the chart answers "would another policy have left this group behind too?" — in the feedback-loop
 * preset, exploration against none.
 */
import { scaleLinear } from 'd3-scale';
import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE } from '../marks';
import { axisMarks, ratioDomain, ratioTicks } from '../axis';
import { logScale } from '../log-scale';
import { emptyLayout } from '../empty';
import { formatRatio } from '../format';
import { BAND_FILL, INK, seriesColour } from '../palette';
import { layoutLegend } from '../legend';
import { furthestGroup } from './ratio-layout';
import type { RoundsChartOptions } from './ratio-layout';
import { dayText, roundsSeries, textColour } from './series';
import { spreadLabels } from './end-labels';

export function layoutRoundsPolicies(results: Results, options: RoundsChartOptions, size: ChartSize): ChartLayout {
  const chosen = roundsSeries(results, options.policy, options.attribute);
  const group = chosen && furthestGroup(chosen);
  if (!chosen || !group || !results.rounds) return emptyLayout(size, 'Run a market scenario to see its rounds', 'One group under every policy');
  const lines = results.rounds.policies.map((p, i) => {
    const label = results.policies.find((x) => x.id === p.policyId)?.label ?? p.policyId;
    const ratios = p.rounds.map((r) => r.groups.find((g) => g.attribute === chosen.attribute && g.group === group.group)?.ratio ?? null);
    return { id: p.policyId, label, colour: seriesColour(i), ratios, rounds: p.rounds.map((r) => r.round) };
  });
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const band = results.band;
  const left = fs * 4;
  const right = width - fs * 4.2;
  const top = fs * 2.2;
  const entries = lines.map((l) => ({ label: l.label, shape: 'line' as const, colour: l.colour }));
  const legend = layoutLegend(entries, left, 0, fs, width - left - fs);
  const bottom = height - fs * 4.2 - legend.lines * legend.lineHeight;
  const days = chosen.rounds;
  const x = scaleLinear().domain([days[0] ?? 0, Math.max((days[0] ?? 0) + 1, days[days.length - 1] ?? 1)]).range([left, right]);
  const domain = ratioDomain(lines.flatMap((l) => l.ratios), band);
  const y = logScale(domain, [bottom, top]);
  const marks: Mark[] = [
    { kind: 'rect', className: 'band', x: left, y: y(band.high), width: right - left, height: y(band.low) - y(band.high), fill: BAND_FILL },
    ...axisMarks(y, { orient: 'left', position: left, ticks: ratioTicks(domain, band), format: String, fontSize: fs, gridFrom: left, gridTo: right, label: `${group.label}: reach share ÷ population share (log)`, labelAt: top - fs * 1.1 }),
    ...axisMarks((r) => x(r), { orient: 'bottom', position: bottom, ticks: days.length <= 12 ? days : x.ticks(8).filter(Number.isInteger), format: (r) => String(r + 1), fontSize: fs, label: 'Day (round)' }),
    { kind: 'line', className: 'parity', x1: left, x2: right, y1: y(1), y2: y(1), stroke: INK, strokeWidth: 1.5, dash: '4 3' },
  ];
  for (const l of lines) {
    const points = l.ratios.flatMap((v, k) => (v === null ? [] : [{ cx: x(l.rounds[k] ?? k), cy: y(v), v, k }]));
    const chosenLine = l.id === chosen.policyId;
    if (points.length > 1)
      marks.push({ kind: 'path', className: 'series', d: points.map((p, i) => `${i ? 'L' : 'M'}${p.cx.toFixed(2)},${p.cy.toFixed(2)}`).join(''), fill: 'none', stroke: l.colour, strokeWidth: chosenLine ? 3.5 : 2, tooltip: l.label });
    for (const p of points)
      marks.push({ kind: 'circle', className: 'point', cx: p.cx, cy: p.cy, r: fs * (chosenLine ? 0.3 : 0.22), fill: l.colour, stroke: '#ffffff', strokeWidth: 1, tooltip: `${l.label}, ${dayText(l.rounds[p.k] ?? p.k)}: ${group.label} at ${formatRatio(p.v)}` });
  }
  const lastOf = (l: (typeof lines)[number]) => [...l.ratios].reverse().find((v) => v !== null) ?? null;
  const ys = spreadLabels(lines.map((l) => y(lastOf(l) ?? 1)), fs * 1.1, top, bottom);
  lines.forEach((l, i) => marks.push({ kind: 'text', className: 'end-label', x: right + fs * 0.4, y: ys[i] as number, text: formatRatio(lastOf(l)), fill: textColour(l.colour), fontSize: fs * 0.85, baseline: 'middle', bold: true, halo: true, tooltip: `${l.label}: ${formatRatio(lastOf(l))}` }));
  const legendTop = height - legend.lines * legend.lineHeight + legend.lineHeight / 2 - fs * 0.2;
  marks.push(...layoutLegend(entries, left, legendTop, fs, width - left - fs).marks);

  const ranked = lines.filter((l) => lastOf(l) !== null).sort((a, b) => (lastOf(a) as number) - (lastOf(b) as number));
  const low = ranked[0];
  const high = ranked[ranked.length - 1];
  const title = low && high && low !== high
    ? `${group.label} after ${days.length} days: ${formatRatio(lastOf(low))} under ${low.label}, ${formatRatio(lastOf(high))} under ${high.label}`
    : `${group.label} over ${days.length} days under every policy`;
  return {
    width,
    height,
    title,
    description: `One line per policy's campaign: across, the days; up, ${group.label}'s share of the people reached so far divided by its share of the population, on a log scale. The shaded band is ${band.low}–${band.high}×; the dashed line is parity.`,
    marks,
    table: {
      caption: `${group.label} (${chosen.attributeLabel}) day by day under every policy: reach share ÷ population share`,
      columns: ['Day', ...lines.map((l) => l.label)],
      rows: days.map((round, k) => [String(round + 1), ...lines.map((l) => formatRatio(l.ratios[k] ?? null))]),
    },
    notes: [`The group furthest from its share on the last day under ${chosen.policyLabel}; the thicker line is that policy.`],
  };
}

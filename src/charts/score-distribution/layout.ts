/**
 * Score distributions per group: one small panel per group with the share of its candidates in
 * each score bin (so groups of different sizes compare), and the policy's thresholds as rules.
 */
import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import type { PolicyThreshold, Results, ScoreHistogram } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, fitText, textWidth } from '../marks';
import { axisMarks } from '../axis';
import { emptyLayout } from '../empty';
import { attributeLabel, findPolicy } from '../lookup';
import { formatCount, formatPercent } from '../format';
import { GRID, INK, MUTED, OKABE_ITO, seriesColour } from '../palette';
import { shareAbove } from './thresholds';

export interface ScoreDistributionOptions {
  policy?: string;
  attribute?: string;
}

const formatScore = format('.3~g');

function finding(policyLabel: string, histogram: ScoreHistogram, thresholds: readonly PolicyThreshold[], minGroupSize: number): string {
  const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  const groups = histogram.groups.filter((g) => total(g.counts) >= minGroupSize);
  const global = thresholds.find((t) => t.group === null);
  if (groups.length < 2) return `Scores of ${policyLabel} by ${histogram.attribute}: too few candidates per group to compare`;
  if (global) {
    const shares = groups.map((g) => ({ label: g.label, share: shareAbove(g.counts, histogram.min, histogram.max, global.score) ?? 0 }));
    const high = shares.reduce((a, b) => (b.share > a.share ? b : a));
    const low = shares.reduce((a, b) => (b.share < a.share ? b : a));
    return `Under ${policyLabel}, ${formatPercent(high.share, 0)} of ${high.label} score above the threshold, against ${formatPercent(low.share, 0)} of ${low.label}`;
  }
  const medians = groups.map((g) => ({ label: g.label, median: median(g.counts, histogram.min, histogram.max) }));
  const high = medians.reduce((a, b) => (b.median > a.median ? b : a));
  const low = medians.reduce((a, b) => (b.median < a.median ? b : a));
  return `Under ${policyLabel}, ${high.label} have the highest median score (${formatScore(high.median)}) and ${low.label} the lowest (${formatScore(low.median)})`;
}

/** The median of binned counts, interpolated within its bin. */
function median(counts: readonly number[], min: number, max: number): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const width = (max - min) / Math.max(1, counts.length);
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] ?? 0;
    if (count > 0 && seen + count >= total / 2) return min + width * (i + (total / 2 - seen) / count);
    seen += count;
  }
  return min;
}

export function layoutScoreDistribution(results: Results, options: ScoreDistributionOptions, size: ChartSize): ChartLayout {
  const policy = findPolicy(results, options.policy);
  const histograms = policy?.scoreHistograms ?? [];
  const histogram = histograms.find((h) => h.attribute === options.attribute) ?? histograms[0];
  if (!policy || !histogram) return emptyLayout(size, `${policy?.label ?? 'This policy'} has no scores to draw`, 'Score distributions');
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const groups = histogram.groups;
  const totals = groups.map((g) => g.counts.reduce((a, b) => a + b, 0));
  const thresholds = policy.thresholds ?? [];
  const groupIds = new Set(groups.map((g) => g.group));
  // Per-group thresholds belong to the fairness policy's attribute; draw them only where they match.
  const perGroupMatches = thresholds.every((t) => t.group === null || groupIds.has(t.group));

  // Room for each group's label and its "n = …" count under it (the count is 0.8 em).
  const labelWidths = groups.map((g, i) => Math.max(textWidth(g.label, fs), textWidth(`n = ${formatCount(totals[i] ?? 0)}`, fs * 0.8)));
  const left = Math.min(width * 0.3, Math.max(0, ...labelWidths) + fs * 1.5);
  const right = width - fs;
  const top = fs * 2;
  const bottom = height - fs * 4;
  const panel = groups.length ? (bottom - top) / groups.length : 0;
  const x = scaleLinear().domain([histogram.min, histogram.max === histogram.min ? histogram.min + 1 : histogram.max]).range([left, right]);
  const densities = groups.map((g, i) => g.counts.map((c) => (totals[i] ? c / totals[i]! : 0)));
  const peak = Math.max(1e-9, ...densities.flat());
  const binWidth = (histogram.max - histogram.min) / Math.max(1, histogram.bins);

  const marks: Mark[] = [
    ...axisMarks(x, { orient: 'bottom', position: bottom, ticks: x.ticks(5), format: formatScore, fontSize: fs, label: 'Score' }),
  ];
  groups.forEach((group, i) => {
    const base = top + panel * (i + 1) - 2;
    const y = (density: number) => base - (density / peak) * (panel - fs * 0.4);
    const steps = densities[i]!.flatMap((d, b) => [`L${x(histogram.min + b * binWidth).toFixed(2)},${y(d).toFixed(2)}`, `L${x(histogram.min + (b + 1) * binWidth).toFixed(2)},${y(d).toFixed(2)}`]);
    marks.push(
      { kind: 'line', className: 'baseline', x1: left, x2: right, y1: base, y2: base, stroke: GRID },
      { kind: 'text', className: 'group-label', x: left - fs * 0.5, y: base - panel / 2, text: fitText(group.label, left - fs * 1.5, fs), fill: INK, fontSize: fs, anchor: 'end', baseline: 'middle', tooltip: group.label },
      { kind: 'text', className: 'group-count', x: left - fs * 0.5, y: base - panel / 2 + fs * 1.1, text: `n = ${formatCount(totals[i] ?? 0)}`, fill: MUTED, fontSize: fs * 0.8, anchor: 'end', baseline: 'middle' },
    );
    if (totals[i]) {
      marks.push({
        kind: 'path', className: 'distribution', d: `M${left.toFixed(2)},${base.toFixed(2)}${steps.join('')}L${right.toFixed(2)},${base.toFixed(2)}Z`,
        fill: seriesColour(i), fillOpacity: 0.35, stroke: seriesColour(i), strokeWidth: 1.5,
        tooltip: `${group.label}: ${formatCount(totals[i] ?? 0)} candidates`,
      });
    }
    for (const t of thresholds) {
      if (t.group === null || !perGroupMatches || t.group !== group.group) continue;
      marks.push({ kind: 'line', className: 'threshold', x1: x(t.score), x2: x(t.score), y1: base - panel + fs * 0.2, y2: base, stroke: OKABE_ITO.vermillion, strokeWidth: 2, tooltip: `${group.label} threshold ${formatScore(t.score)}` });
    }
  });
  for (const t of thresholds.filter((t) => t.group === null)) {
    marks.push(
      { kind: 'line', className: 'threshold', x1: x(t.score), x2: x(t.score), y1: top, y2: bottom, stroke: OKABE_ITO.vermillion, strokeWidth: 2, dash: '5 3' },
      { kind: 'text', className: 'threshold-label', x: x(t.score), y: top - fs * 0.4, text: `threshold ${formatScore(t.score)}`, fill: INK, fontSize: fs * 0.9, anchor: 'middle' },
    );
  }

  const name = attributeLabel(results, histogram.attribute);
  return {
    width,
    height,
    title: finding(policy.label, { ...histogram, attribute: name }, thresholds, results.minGroupSize),
    description: `Distribution of ${policy.label}'s scores for each ${name} group, as the share of the group's candidates in each score bin; red rules mark the thresholds above which people were reached.`,
    marks,
    table: {
      caption: `${policy.label}: candidates per score bin by ${name}`,
      columns: ['Group', 'Candidates', ...Array.from({ length: histogram.bins }, (_, b) => `${formatScore(histogram.min + b * binWidth)}–${formatScore(histogram.min + (b + 1) * binWidth)}`)],
      rows: groups.map((g, i) => [g.label, formatCount(totals[i] ?? 0), ...g.counts.map((c) => formatCount(c))]),
    },
    notes: perGroupMatches ? [] : [`Per-group thresholds apply to another attribute: ${thresholds.filter((t) => t.group !== null).map((t) => `${t.group} ≥ ${formatScore(t.score)}`).join(', ')}.`],
  };
}

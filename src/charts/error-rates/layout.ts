/**
 * Error rates per group: for each group of one attribute, three panels side by side — the true
 * positive rate (converters reached), the false positive rate (non-converters reached) and the
 * precision (reached people who convert) — each a dot with its 95% Wilson interval, the reference
 * group's value ruled as a dashed line. The equal-opportunity difference (TPR − TPR of the
 * reference) and the equalised-odds difference (the larger of |ΔTPR|, |ΔFPR|) are written at the
 * right. A rate with fewer than `minCount` people in its denominator is a hollow dot.
 */
import type { GroupRow, Interval, Results } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, fitText, textWidth } from '../marks';
import { axisMarks, linearTicks } from '../axis';
import { emptyLayout } from '../empty';
import { attributeLabel, findPolicy, findSlice } from '../lookup';
import { formatCount, formatInterval, formatPercent } from '../format';
import { INK, MUTED, OKABE_ITO } from '../palette';
import { metricLabel } from '../../core/results/group-metrics';

export interface ErrorRatesOptions {
  policy?: string;
  attribute?: string;
}

type Rate = 'tpr' | 'fpr' | 'precision';

export const RATES: readonly { key: Rate; name: string; lines: [string, string]; colour: string }[] = [
  { key: 'tpr', name: 'Converters reached (TPR)', lines: ['Converters reached', '(TPR)'], colour: OKABE_ITO.blue },
  { key: 'fpr', name: 'Non-converters reached (FPR)', lines: ['Non-converters reached', '(FPR)'], colour: OKABE_ITO.vermillion },
  { key: 'precision', name: 'Reached who convert (precision)', lines: ['Reached who convert', '(precision)'], colour: OKABE_ITO.bluishGreen },
];

/** A difference in rate points, signed ("−8.0 pts"); a magnitude such as equalised odds unsigned. */
export function formatPoints(value: number | null, signed = true): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  const points = value * 100;
  const sign = !signed ? '' : points > 0.05 ? '+' : points < -0.05 ? '−' : '';
  return `${sign}${Math.abs(points).toFixed(1)} pts`;
}

function judged(row: GroupRow): boolean {
  return row.verdict !== 'too-small' && row.tpr !== null && !row.lowCount.includes('tpr');
}

/** True when the group's TPR interval lies wholly on one side of the reference's TPR. */
function clearlyApart(row: GroupRow, referenceTpr: number): boolean {
  const interval = row.intervals.tpr;
  return interval !== null && (interval[1] < referenceTpr || interval[0] > referenceTpr);
}

function finding(policyLabel: string, rows: readonly GroupRow[], reference: GroupRow | undefined, attribute: string): string {
  const candidates = rows.filter((r) => judged(r) && !r.isReference && r.equalOpportunityDifference !== null);
  const furthest = (list: GroupRow[]) =>
    list.reduce<GroupRow | undefined>((w, r) => (!w || Math.abs(r.equalOpportunityDifference ?? 0) > Math.abs(w.equalOpportunityDifference ?? 0) ? r : w), undefined);
  const refTpr = reference?.tpr ?? null;
  const any = furthest(candidates);
  if (!any || !reference || refTpr === null) return `${policyLabel}: no ${attribute} group has enough converters to compare error rates`;
  // Headline only a gap the 95% interval supports; a random policy's small groups are noise.
  const worst = furthest(candidates.filter((r) => clearlyApart(r, refTpr)));
  if (!worst)
    return `Under ${policyLabel}, no ${attribute} group’s converters are reached at a rate clearly different from ${reference.label}’s (${formatPercent(refTpr)}); the largest gap, ${any.label} at ${formatPoints(any.equalOpportunityDifference)}, is within sampling noise`;
  return `Under ${policyLabel}, ${formatPercent(worst.tpr)} of converters among ${worst.label} are reached against ${formatPercent(refTpr)} among ${reference.label} (equal-opportunity difference ${formatPoints(worst.equalOpportunityDifference)})`;
}

export function layoutErrorRates(results: Results, options: ErrorRatesOptions, size: ChartSize): ChartLayout {
  const policy = findPolicy(results, options.policy);
  const slice = policy && findSlice(policy, options.attribute);
  if (!policy || !slice) return emptyLayout(size, 'No audited attribute to draw', 'Error rates per group');
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const rows = slice.groups;
  const reference = rows.find((r) => r.isReference);
  const name = attributeLabel(results, slice.attribute);

  const groupName = (r: GroupRow) => (r.isReference ? `${r.label} (ref.)` : r.label);
  // The reference group's label is bold: about 10% wider than the estimate for regular text.
  const labelWidth = Math.min(width * 0.24, Math.max(0, ...rows.map((r) => textWidth(groupName(r), fs) * (r.isReference ? 1.12 : 1))) + fs);
  const diffTexts = rows.map((r) => [r.isReference ? 'reference' : formatPoints(r.equalOpportunityDifference), r.isReference ? '' : formatPoints(r.equalisedOddsDifference, false)]);
  const diffColumn = Math.max(textWidth('Eq. odds', fs * 0.9), ...diffTexts.flat().map((t) => textWidth(t, fs * 0.9))) + fs * 0.8;
  const diffWidth = Math.min(width * 0.3, diffColumn * 2);
  const left = labelWidth;
  const right = width - diffWidth - fs * 0.5;
  // Room between panels for the last tick label of one and the first of the next ("100%", "0%").
  const gap = textWidth('100%', fs * 0.9) + fs;
  const panelWidth = Math.max(fs * 3, (right - left - gap * (RATES.length - 1)) / RATES.length);
  const top = fs * 4;
  const bottom = height - fs * 2.6;
  const band = rows.length ? (bottom - top) / rows.length : 0;
  const marks: Mark[] = [];

  RATES.forEach((rate, k) => {
    const x0 = left + k * (panelWidth + gap);
    const values = rows.flatMap((r) => [r[rate.key] ?? 0, ...(r.intervals[rate.key] ?? [])]);
    // At least 0–5%, so that an axis of near-zero rates still reads as percentages.
    const ticks = linearTicks(Math.max(0.05, ...values), panelWidth > fs * 12 ? 4 : 2);
    const max = ticks[ticks.length - 1] ?? 1;
    const step = (ticks[1] ?? max) - (ticks[0] ?? 0);
    const digits = step < 0.01 - 1e-12 ? 1 : 0;
    const x = (v: number) => x0 + (v / max) * panelWidth;
    marks.push(
      ...rate.lines.map((line, n): Mark => ({
        kind: 'text', className: 'panel-title', x: x0 + panelWidth / 2, y: fs * (1 + n * 1.2), text: fitText(line, panelWidth + gap * 0.6, fs * 0.95),
        fill: n === 0 ? INK : MUTED, fontSize: fs * 0.95, anchor: 'middle', baseline: 'middle', bold: n === 0, tooltip: rate.name,
      })),
      ...axisMarks(x, { orient: 'bottom', position: bottom, ticks, format: (v) => formatPercent(v, digits), fontSize: fs, gridFrom: top, gridTo: bottom }),
    );
    const refValue = reference?.[rate.key];
    if (typeof refValue === 'number') {
      marks.push({ kind: 'line', className: 'reference', x1: x(refValue), x2: x(refValue), y1: top - fs * 0.4, y2: bottom, stroke: MUTED, strokeWidth: 1.5, dash: '4 3', tooltip: `${reference?.label}: ${formatPercent(refValue)} (reference)` });
    }
    rows.forEach((r, i) => {
      const middle = top + band * (i + 0.5);
      const value = r[rate.key];
      const interval: Interval = r.intervals[rate.key];
      const label = `${r.label}: ${rate.name} ${formatPercent(value)}${interval ? ` (95% ${formatInterval(interval, 3)})` : ''}`;
      if (value === null) {
        marks.push({ kind: 'text', className: 'no-value', x: x0 + fs * 0.3, y: middle, text: 'n/a', fill: MUTED, fontSize: fs * 0.85, baseline: 'middle', tooltip: `${r.label}: no one in the denominator` });
        return;
      }
      if (interval) marks.push({ kind: 'line', className: 'whisker', x1: x(interval[0]), x2: x(interval[1]), y1: middle, y2: middle, stroke: rate.colour, strokeWidth: 2 });
      const weak = r.lowCount.includes(rate.key) || r.verdict === 'too-small';
      marks.push({ kind: 'circle', className: `point point-${rate.key}`, cx: x(value), cy: middle, r: Math.max(3, fs * 0.38), fill: weak ? '#ffffff' : rate.colour, stroke: rate.colour, strokeWidth: 1.5, tooltip: weak ? `${label} — too few people to trust` : label });
    });
  });

  rows.forEach((r, i) => {
    const middle = top + band * (i + 0.5);
    marks.push({ kind: 'text', className: 'group-label', x: left - fs * 0.5, y: middle, text: fitText(groupName(r), labelWidth - fs, fs), fill: INK, fontSize: fs, anchor: 'end', baseline: 'middle', bold: r.isReference, tooltip: groupName(r) });
    const [eo = '', odds = ''] = diffTexts[i] ?? [];
    marks.push(
      { kind: 'text', className: 'diff-eo', x: width - diffWidth / 2 - fs * 0.2, y: middle, text: eo, fill: r.isReference ? MUTED : INK, fontSize: fs * 0.9, anchor: 'end', baseline: 'middle' },
      { kind: 'text', className: 'diff-odds', x: width - fs * 0.2, y: middle, text: odds, fill: INK, fontSize: fs * 0.9, anchor: 'end', baseline: 'middle' },
    );
  });
  marks.push(
    { kind: 'text', className: 'diff-title', x: width - diffWidth / 2 - fs * 0.2, y: fs * 1.1, text: 'Eq. opp.', fill: INK, fontSize: fs * 0.9, anchor: 'end', baseline: 'middle', bold: true, tooltip: 'Equal-opportunity difference: TPR − TPR of the reference group' },
    { kind: 'text', className: 'diff-title', x: width - fs * 0.2, y: fs * 1.1, text: 'Eq. odds', fill: INK, fontSize: fs * 0.9, anchor: 'end', baseline: 'middle', bold: true, tooltip: 'Equalised-odds difference: the larger of |ΔTPR| and |ΔFPR| against the reference group' },
  );

  return {
    width,
    height,
    title: finding(policy.label, rows, reference, name),
    description: `For each ${name} group under ${policy.label}: the share of converters reached (TPR), of non-converters reached (FPR) and of reached people who convert (precision), with 95% intervals; dashed lines mark the reference group. Differences from the reference are written at the right.`,
    marks,
    table: {
      caption: `${policy.label}: error rates by ${name} (reference: ${reference?.label ?? slice.reference})`,
      columns: ['Group', metricLabel('n'), metricLabel('positives'), metricLabel('tpr'), 'TPR 95%', metricLabel('fpr'), 'FPR 95%', metricLabel('precision'), 'Precision 95%', metricLabel('equalOpportunityDifference'), metricLabel('equalisedOddsDifference')],
      rows: rows.map((r) => [
        groupName(r), formatCount(r.n), formatCount(r.positives),
        formatPercent(r.tpr), formatInterval(r.intervals.tpr, 3), formatPercent(r.fpr), formatInterval(r.intervals.fpr, 3),
        formatPercent(r.precision), formatInterval(r.intervals.precision, 3),
        r.isReference ? 'reference' : formatPoints(r.equalOpportunityDifference), r.isReference ? 'reference' : formatPoints(r.equalisedOddsDifference, false),
      ]),
    },
    notes: [
      `Converters: people who would convert if reached (the simulation knows). Differences are in percentage points against ${reference?.label ?? 'the reference group'}; hollow dots have fewer than ${results.minCount} people behind the rate.`,
    ],
  };
}

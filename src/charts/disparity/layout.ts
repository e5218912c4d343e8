/**
 * Disparity per group on a log scale: the verdict metric (representation ratio or disparate
 * impact) as a dot with its 95% interval as a whisker, the band shaded and parity (1) ruled.
 * A log scale puts ½ and 2 the same distance from parity.
 */
import type { GroupRow, Results } from '../../core/results/types';
import { verdictBasis, type VerdictBasis } from '../../core/results/verdict-basis';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, fitText, textWidth } from '../marks';
import { axisMarks, ratioDomain, ratioTicks } from '../axis';
import { logScale } from '../log-scale';
import { emptyLayout } from '../empty';
import type { RatioMetric } from '../lookup';
import { attributeLabel, findPolicy, findSlice, isJudged, metricName, verdictText, worstGroup } from '../lookup';
import { formatCount, formatInterval, formatNumber, formatPercent } from '../format';
import { BAND_FILL, INK, MUTED, VERDICT_COLOUR, VERDICT_TEXT } from '../palette';
import { metricLabel } from '../../core/results/group-metrics';

export interface DisparityOptions {
  policy?: string;
  attribute?: string;
  /** Default: the audit's metric. */
  metric?: RatioMetric;
}

function groupName(row: GroupRow, metric: RatioMetric): string {
  return metric === 'disparateImpact' && row.isReference ? `${row.label} (reference)` : row.label;
}

function verdictLabel(row: GroupRow): string {
  return row.verdict === 'too-small' ? `${verdictText(row)} (n = ${formatCount(row.n)})` : verdictText(row);
}

function finding(results: Results, policyLabel: string, rows: readonly GroupRow[], metric: RatioMetric, attribute: string): string {
  const { low, high } = results.band;
  const name = metricName(metric);
  const worst = worstGroup(rows, metric);
  const value = worst?.[metric] ?? null;
  if (!worst || value === null) return `${policyLabel}: no ${attributeLabel(results, attribute)} group can be judged on ${name}`;
  const reference = rows.find((r) => r.isReference);
  const against = metric === 'disparateImpact' && reference ? ` against ${reference.label}` : '';
  if (worst.verdict === 'uncertain')
    return `Under ${policyLabel}, no ${attributeLabel(results, attribute)} group is clearly outside ${low}–${high}; ${worst.label} at ${formatNumber(value)} is uncertain (its 95% interval crosses a band edge)`;
  if (value < low) return `Under ${policyLabel}, ${worst.label} has a ${name} of ${formatNumber(value)}${against}, below the ${low}–${high} band`;
  if (value > high) return `Under ${policyLabel}, ${worst.label} has a ${name} of ${formatNumber(value)}${against}, above the ${low}–${high} band`;
  return `Under ${policyLabel}, every judged ${attributeLabel(results, attribute)} group has a ${name} within ${low}–${high}`;
}

export function layoutDisparity(results: Results, options: DisparityOptions, size: ChartSize): ChartLayout {
  const policy = findPolicy(results, options.policy);
  const slice = policy && findSlice(policy, options.attribute);
  if (!policy || !slice) return emptyLayout(size, 'No audited attribute to draw', 'Disparity per group');
  const metric = options.metric ?? results.metric;
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const rows = slice.groups;
  const band = results.band;

  const labelWidth = Math.min(width * 0.3, Math.max(0, ...rows.map((r) => textWidth(groupName(r, metric), fs))) + fs);
  const verdictWidth = Math.min(width * 0.3, Math.max(0, ...rows.map((r) => textWidth(verdictLabel(r), fs))) + fs);
  const left = labelWidth + fs;
  const right = width - verdictWidth - fs;
  const top = fs;
  const bottom = height - fs * 4;
  // What each verdict read: the row's value and Katz interval, or for a learned policy with
  // replicates the mean over them and its t-interval.
  const bases = rows.map((r) => verdictBasis(r, metric));
  const domain = ratioDomain(bases.flatMap((b) => [b.value, ...(b.interval ?? [])]), band);
  const x = logScale(domain, [left, right]);
  const step = rows.length ? (bottom - top) / rows.length : 0;
  const radius = Math.max(3, Math.min(fs * 0.5, step * 0.25));

  const marks: Mark[] = [
    { kind: 'rect', className: 'band', x: x(band.low), y: top, width: x(band.high) - x(band.low), height: bottom - top, fill: BAND_FILL, tooltip: `Band ${band.low}–${band.high}` },
    ...axisMarks(x, {
      orient: 'bottom', position: bottom, ticks: ratioTicks(domain, band), format: (v) => String(v), fontSize: fs,
      gridFrom: top, gridTo: bottom, label: `${metricName(metric)} (log scale; shaded: ${band.low}–${band.high})`,
    }),
    { kind: 'line', className: 'parity', x1: x(1), x2: x(1), y1: top, y2: bottom, stroke: INK, strokeWidth: 1.5, dash: '4 3' },
  ];

  rows.forEach((row, i) => {
    const y = top + step * (i + 0.5);
    const { value, interval } = bases[i] as VerdictBasis;
    const name = groupName(row, metric);
    marks.push({ kind: 'text', className: 'group-label', x: left - fs, y, text: fitText(name, labelWidth - fs, fs), fill: INK, fontSize: fs, anchor: 'end', baseline: 'middle', tooltip: name });
    if (value === null) {
      marks.push({ kind: 'text', className: 'no-value', x: x(1), y, text: 'no value', fill: MUTED, fontSize: fs * 0.9, anchor: 'middle', baseline: 'middle' });
    } else {
      const colour = VERDICT_COLOUR[row.verdict];
      if (interval) {
        marks.push({ kind: 'line', className: 'whisker', x1: x(interval[0]), x2: x(interval[1]), y1: y, y2: y, stroke: colour, strokeWidth: 2, tooltip: `95% interval ${formatInterval(interval)}` });
      }
      marks.push(
        {
          kind: 'circle', className: 'point', cx: x(value), cy: y, r: radius,
          // Groups too small to judge are hollow: shown, but visibly not a finding.
          fill: isJudged(row) ? colour : '#ffffff', stroke: colour, strokeWidth: 1.5,
          tooltip: `${row.label}: ${formatNumber(value)}`,
        },
        { kind: 'text', className: 'value', x: x(value), y: y - radius - fs * 0.2, text: formatNumber(value), fill: INK, fontSize: fs * 0.85, anchor: 'middle' },
      );
    }
    // A long verdict ("? uncertain, leaning low") is cut to the room left of the edge; the tooltip keeps it whole.
    const verdict = verdictLabel(row);
    marks.push({ kind: 'text', className: 'verdict', x: right + fs, y, text: fitText(verdict, verdictWidth - fs * 0.25, fs), fill: VERDICT_TEXT[row.verdict], fontSize: fs, baseline: 'middle', bold: row.harm, tooltip: verdict });
  });

  const name = attributeLabel(results, slice.attribute);
  const replicates = bases.some((b) => b.kind === 'replicates')
    ? ` For this learned policy the dot is the mean over ${results.replicates} replicates and the whisker its 95% t-interval (the model's own noise included).`
    : '';
  return {
    width,
    height,
    title: finding(results, policy.label, rows, metric, slice.attribute),
    description: `${metricName(metric)} of each ${name} group under ${policy.label} on a log scale, with 95% intervals as whiskers; the shaded band from ${band.low} to ${band.high} is judged fair. Hollow dots are groups too small to judge.${replicates}`,
    marks,
    table: {
      caption: `${policy.label}: ${metricName(metric)} by ${name}`,
      columns: ['Group', metricLabel('n'), metricLabel('selectionRate'), metricLabel(metric), '95% interval', 'Verdict'],
      rows: rows.map((r, i) => [groupName(r, metric), formatCount(r.n), formatPercent(r.selectionRate), formatNumber(bases[i]!.value), formatInterval(bases[i]!.interval), verdictText(r)]),
    },
    notes: [`Values beyond ${formatNumber(domain[0])}–${formatNumber(domain[1])} are drawn at the edge; their labels give the value.`],
  };
}

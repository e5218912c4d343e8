/**
 * Reach vs population share: for each group of one attribute, a grey bar for its share of the
 * population and a blue bar for its share of the people the policy reached, with the verdict
 * written beside them.
 */
import type { GroupRow, Results } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, fitText, textWidth } from '../marks';
import { axisMarks, linearTicks } from '../axis';
import { emptyLayout } from '../empty';
import { layoutLegend } from '../legend';
import { attributeLabel, findPolicy, findSlice, verdictText, worstGroup } from '../lookup';
import { formatCount, formatInterval, formatPercent, formatRatio } from '../format';
import { INK, OKABE_ITO, POPULATION_FILL, VERDICT_TEXT } from '../palette';
import { metricLabel } from '../../core/results/group-metrics';

export interface ReachShareOptions {
  policy?: string;
  attribute?: string;
}

export const REACH_FILL = OKABE_ITO.blue;

/** The verdict in parts that may go on separate lines: the word, then the number behind it. */
function verdictParts(row: GroupRow): string[] {
  if (row.verdict === 'too-small') return [verdictText(row), `(n = ${formatCount(row.n)})`];
  if (row.verdict === 'not-comparable') return [verdictText(row)];
  return [verdictText(row), formatRatio(row.representationRatio)];
}

function verdictLabel(row: GroupRow): string {
  const [word = '', number] = verdictParts(row);
  if (number === undefined) return word;
  return row.verdict === 'too-small' ? `${word} ${number}` : `${word} · ${number}`;
}

function finding(policyLabel: string, rows: readonly GroupRow[], results: Results, attribute: string): string {
  const { low, high } = results.band;
  const worst = worstGroup(rows, 'representationRatio');
  const rr = worst?.representationRatio ?? null;
  if (!worst || rr === null) return `${policyLabel}: no ${attributeLabel(results, attribute)} group can be judged`;
  if (worst.verdict === 'uncertain')
    return `${policyLabel} reaches no ${attributeLabel(results, attribute)} group clearly outside ${low}–${high}×; ${worst.label} at ${formatRatio(rr)} is within sampling noise`;
  if (rr < low || rr > high) return `${policyLabel} reaches ${worst.label} at ${formatRatio(rr)} their share of the population`;
  return `${policyLabel} reaches every judged ${attributeLabel(results, attribute)} group within ${low}–${high}× of its population share`;
}

export function layoutReachShare(results: Results, options: ReachShareOptions, size: ChartSize): ChartLayout {
  const policy = findPolicy(results, options.policy);
  const slice = policy && findSlice(policy, options.attribute);
  if (!policy || !slice) return emptyLayout(size, 'No audited attribute to draw', 'Reach vs population share');
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const rows = slice.groups;
  const { width, height } = size;

  // Widths are estimated (no DOM in a layout); 1.5 em of room keeps wide words ("Women") clear of the edge.
  const labelWidth = Math.min(width * 0.3, Math.max(0, ...rows.map((r) => textWidth(r.label, fs))) + fs * 1.5);
  // A verdict too wide for its column goes on two lines ("▲ over-targeted" / "1.37×"), then is cut.
  const oneLine = Math.max(0, ...rows.map((r) => textWidth(verdictLabel(r), fs))) + fs;
  const twoLines = oneLine > width * 0.32;
  const verdictCap = width * (twoLines ? 0.36 : 0.32);
  const verdictLines = (r: GroupRow) => (twoLines ? verdictParts(r) : [verdictLabel(r)]);
  const verdictWidth = Math.min(verdictCap, Math.max(0, ...rows.flatMap((r) => verdictLines(r).map((t) => textWidth(t, fs)))) + fs);
  const left = labelWidth;
  const right = width - verdictWidth;
  // The legend sits above the bars and wraps (long policy labels, narrow side-by-side charts).
  const legend = layoutLegend(
    [
      { label: 'Share of the population', shape: 'square', colour: POPULATION_FILL },
      { label: `Share of the people ${policy.label} reached`, shape: 'square', colour: REACH_FILL },
    ],
    left, fs * 0.8, fs, width - left - fs * 0.5,
  );
  const top = fs * 2.4 + (legend.lines - 1) * legend.lineHeight;
  const bottom = height - fs * 4;

  const maxShare = Math.max(0.01, ...rows.flatMap((r) => [r.populationShare ?? 0, r.reachShare ?? 0]));
  const ticks = linearTicks(maxShare, 4);
  const domainMax = Math.max(maxShare, ticks[ticks.length - 1] ?? maxShare);
  const x = (share: number) => left + (share / domainMax) * (right - left);
  const band = rows.length ? (bottom - top) / rows.length : 0;
  const barHeight = Math.min(band * 0.34, fs * 2);

  const marks: Mark[] = [
    ...legend.marks,
    ...axisMarks(x, {
      orient: 'bottom', position: bottom, ticks, format: (v) => formatPercent(v, 0), fontSize: fs,
      gridFrom: top, gridTo: bottom, label: 'Share (%)',
    }),
  ];

  rows.forEach((row, i) => {
    const middle = top + band * (i + 0.5);
    const populationShare = row.populationShare ?? 0;
    marks.push(
      { kind: 'text', className: 'group-label', x: left - fs * 0.5, y: middle, text: fitText(row.label, labelWidth - fs, fs), fill: INK, fontSize: fs, anchor: 'end', baseline: 'middle', tooltip: row.label },
      {
        kind: 'rect', className: 'bar-population', x: left, y: middle - barHeight - 1, width: x(populationShare) - left, height: barHeight,
        fill: POPULATION_FILL, tooltip: `${row.label}: ${formatPercent(row.populationShare)} of the population`,
      },
    );
    if (row.reachShare !== null) {
      marks.push({
        kind: 'rect', className: 'bar-reach', x: left, y: middle + 1, width: x(row.reachShare) - left, height: barHeight,
        fill: REACH_FILL, tooltip: `${row.label}: ${formatPercent(row.reachShare)} of the people reached`,
      });
    }
    const lines = verdictLines(row);
    lines.forEach((line, k) => {
      const text = fitText(line, verdictWidth - fs * 0.6, fs);
      marks.push({
        kind: 'text', className: 'verdict', x: right + fs * 0.6, y: middle + (k - (lines.length - 1) / 2) * fs * 1.15, text,
        fill: VERDICT_TEXT[row.verdict], fontSize: fs, baseline: 'middle', bold: row.harm,
        ...(text === line && lines.length === 1 ? {} : { tooltip: verdictLabel(row) }),
      });
    });
  });

  const name = attributeLabel(results, slice.attribute);
  return {
    width,
    height,
    title: finding(policy.label, rows, results, slice.attribute),
    description: `Paired bars for each ${name} group: grey is the group's share of the population, blue its share of the people ${policy.label} reached. Verdicts are written to the right.`,
    marks,
    table: {
      caption: `${policy.label}: reach vs population share by ${name}`,
      columns: ['Group', metricLabel('n'), metricLabel('populationShare'), metricLabel('reached'), metricLabel('reachShare'), metricLabel('representationRatio'), '95% interval', 'Verdict'],
      rows: rows.map((r) => [
        r.label, formatCount(r.n), formatPercent(r.populationShare), formatCount(r.reached), formatPercent(r.reachShare),
        formatRatio(r.representationRatio), formatInterval(r.intervals.representationRatio), verdictText(r),
      ]),
    },
    notes: [`Band: ${results.band.low}–${results.band.high}× of the population share; groups under ${results.minGroupSize} people are not judged.`],
  };
}

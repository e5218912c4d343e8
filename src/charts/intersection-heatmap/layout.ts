/**
 * Intersection heatmap: rows are the first attribute's groups, columns the other attribute(s)'
 * groups, each cell coloured by representation ratio on a log scale centred on 1 (orange below,
 * purple above), with the value printed. Cells too small to judge are hatched.
 */
import { groupName } from '../group-names';
import type { GroupRow, Results, SliceResult } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, fitText, textWidth } from '../marks';
import { emptyLayout } from '../empty';
import { layoutLegend } from '../legend';
import type { LegendEntry } from '../legend';
import { attributeLabel, findPolicy, verdictText, worstGroup } from '../lookup';
import { formatCount, formatNumber, formatPercent, formatRatio } from '../format';
import { INK, NO_VALUE_FILL, ratioColour, textOn } from '../palette';
import { metricLabel } from '../../core/results/group-metrics';

export interface IntersectionHeatmapOptions {
  policy?: string;
  /** The intersection slice, e.g. `gender×age`; default: the first one. */
  intersection?: string;
}

/** Ratios shown in the colour legend. */
const LEGEND_RATIOS = [0.5, 0.8, 1, 1.25, 2];

interface Cell {
  row: number;
  column: number;
  group: GroupRow;
}

/** Splits `f|25-34` / `Women · 25-34` into a row key and a column key, keeping first-seen order. */
function grid(slice: SliceResult) {
  const rows: { key: string; label: string }[] = [];
  const columns: { key: string; label: string }[] = [];
  const indexOf = (list: { key: string; label: string }[], key: string, label: string) => {
    const at = list.findIndex((entry) => entry.key === key);
    return at >= 0 ? at : list.push({ key, label }) - 1;
  };
  const cells: Cell[] = slice.groups.map((group) => {
    const [rowKey = '', ...rest] = group.group.split('|');
    const [rowLabel = '', ...restLabels] = group.label.split(' · ');
    return {
      row: indexOf(rows, rowKey, rowLabel),
      column: indexOf(columns, rest.join('|'), restLabels.join(' · ') || rest.join('|')),
      group,
    };
  });
  return { rows, columns, cells };
}

export function layoutIntersectionHeatmap(results: Results, options: IntersectionHeatmapOptions, size: ChartSize): ChartLayout {
  const policy = findPolicy(results, options.policy);
  const slices = policy?.slices.filter((s) => s.kind === 'intersection') ?? [];
  const slice = slices.find((s) => s.attribute === options.intersection) ?? slices[0];
  if (!policy || !slice) return emptyLayout(size, 'No intersection of attributes was audited', 'Intersection heatmap');
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;
  const { rows, columns, cells } = grid(slice);
  const [rowAttribute = '', ...columnAttributes] = slice.attributes.map((a) => attributeLabel(results, a));

  const left = Math.min(width * 0.3, Math.max(textWidth(rowAttribute, fs), ...rows.map((r) => textWidth(r.label, fs))) + fs);
  const top = fs * 3.4;
  // The legend (ratio colours, then the hatching) wraps in narrow charts; the cells make room.
  const legendRoom = width - left - fs * 0.5;
  const legendEntries = (colour: (r: number) => string): LegendEntry[] => [
    ...LEGEND_RATIOS.map((r) => ({ label: `${r}×`, shape: 'square' as const, colour: colour(r) })),
    { label: 'too small', shape: 'hatch', colour: INK },
  ];
  const extraLines = layoutLegend(legendEntries(() => INK), left, 0, fs, legendRoom).lines - 1;
  const bottom = height - fs * 3 - extraLines * fs * 1.35;
  const cellWidth = (width - left - fs) / Math.max(1, columns.length);
  const cellHeight = (bottom - top) / Math.max(1, rows.length);
  const positive = cells.map((c) => c.group.representationRatio).filter((v): v is number => v !== null && v > 0);
  // The darkest colour goes to the largest |log ratio|, but never less than a factor of 2.
  const extent = Math.max(Math.log(2), ...positive.map((v) => Math.abs(Math.log(v))));

  const marks: Mark[] = [
    { kind: 'text', className: 'axis-label', x: fs * 0.2, y: fs * 0.9, text: `${rowAttribute} ↓  ${columnAttributes.join(' × ')} →`, fill: INK, fontSize: fs * 0.9, bold: true },
  ];
  columns.forEach((column, j) => {
    marks.push({
      kind: 'text', className: 'column-label', x: left + cellWidth * (j + 0.5), y: top - fs * 0.6,
      text: fitText(column.label, cellWidth - fs * 0.4, fs), fill: INK, fontSize: fs, anchor: 'middle', tooltip: column.label,
    });
  });
  rows.forEach((row, i) => {
    marks.push({
      kind: 'text', className: 'row-label', x: left - fs * 0.5, y: top + cellHeight * (i + 0.5),
      text: fitText(row.label, left - fs, fs), fill: INK, fontSize: fs, anchor: 'end', baseline: 'middle', tooltip: row.label,
    });
  });
  for (const { row, column, group } of cells) {
    const ratio = group.representationRatio;
    const fill = ratio === null ? NO_VALUE_FILL : ratioColour(ratio, extent);
    const x = left + column * cellWidth;
    const y = top + row * cellHeight;
    marks.push(
      {
        kind: 'rect', className: 'cell', x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill,
        hatch: group.verdict === 'too-small',
        tooltip: `${groupName(results, slice, group)}: ${formatRatio(ratio)} (${verdictText(group)}, n = ${formatCount(group.n)})`,
      },
      {
        kind: 'text', className: 'cell-value', x: x + cellWidth / 2, y: y + cellHeight / 2, text: ratio === null ? '—' : formatNumber(ratio),
        fill: textOn(fill), fontSize: fs, anchor: 'middle', baseline: 'middle', bold: group.harm,
      },
    );
  }
  marks.push(...layoutLegend(legendEntries((r) => ratioColour(r, extent)), left, height - fs * 1.2 - extraLines * fs * 1.35, fs, legendRoom).marks);

  const sliceName = [rowAttribute, ...columnAttributes].join(' × ');
  return {
    width,
    height,
    title: finding(results, policy.label, slice, sliceName),
    description: `A grid of ${sliceName} groups under ${policy.label}; each cell shows the group's representation ratio, orange below 1 and purple above, hatched when too small to judge.`,
    marks,
    table: {
      caption: `${policy.label}: representation ratio by ${sliceName}`,
      columns: ['Group', metricLabel('n'), metricLabel('reachShare'), metricLabel('representationRatio'), 'Verdict'],
      rows: slice.groups.map((g) => [groupName(results, slice, g), formatCount(g.n), formatPercent(g.reachShare), formatNumber(g.representationRatio), verdictText(g)]),
    },
    notes: [`Hatched cells have fewer than ${results.minGroupSize} people and are not judged; — means no value.`],
  };
}

function finding(results: Results, policyLabel: string, slice: SliceResult, sliceName: string): string {
  const { low, high } = results.band;
  const groups = slice.groups;
  const found = worstGroup(groups, 'representationRatio');
  // Named as one group of people ("Women aged 18-24"), not as two ("Women · 18-24").
  const worst = found && { ...found, label: groupName(results, slice, found) };
  const ratio = worst?.representationRatio ?? null;
  const judged = groups.filter((g) => g.verdict !== 'too-small' && g.verdict !== 'not-comparable').length;
  if (!worst || ratio === null) return `Under ${policyLabel}, no ${sliceName} group is large enough to judge`;
  if (worst.verdict === 'uncertain')
    return `Under ${policyLabel}, no ${sliceName} group is clearly outside ${low}–${high}×; ${worst.label} at ${formatRatio(ratio)} is within sampling noise`;
  if (ratio < low || ratio > high) {
    return `Under ${policyLabel}, ${worst.label} is reached at ${formatRatio(ratio)} its share of the population, the furthest from parity of ${judged} judged groups`;
  }
  return `Under ${policyLabel}, every judged ${sliceName} group is reached within ${low}–${high}× of its share`;
}

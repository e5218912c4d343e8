/**
 * People as dots: a sample of synthetic people, one dot each, grouped by an attribute; filled
 * dots saw the ad, hollow ones did not. For workshops: count the filled dots in each row.
 *
 * The headline and each row's label give the whole population's numbers (the audit's selection
 * rates), not the sample's: a 600-person sample holds a handful of people of a small group, and
 * "0% of Non-binary" in the sample is noise. Dots are at least 0.8 em across, so they grow with
 * Large text; the chart grows taller rather than shrink them further.
 */
import type { GroupRow, Results } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE } from '../marks';
import { emptyLayout } from '../empty';
import { layoutLegend } from '../legend';
import { attributeLabel, findPolicy, findSlice, isJudged } from '../lookup';
import { formatCount, formatPercent } from '../format';
import { INK, OKABE_ITO } from '../palette';
import { own } from '../../core/records/own';

export interface PeopleDotsOptions {
  policy?: string;
  attribute?: string;
}

export const CAPTION = 'Each dot is one synthetic person; filled = saw the ad.';
const DOT = OKABE_ITO.blue;

interface Group {
  id: string;
  label: string;
  reached: number;
  total: number;
}

function rowsHeight(groups: readonly Group[], width: number, labelHeight: number, cell: number): number {
  const columns = Math.max(1, Math.floor(width / cell));
  return groups.reduce((sum, g) => sum + labelHeight + Math.ceil(g.total / columns) * cell, 0);
}

/** The largest dot cell (in user units, from `largest` down to `smallest`) at which every group's rows fit in `height`. */
function cellSize(groups: readonly Group[], width: number, height: number, labelHeight: number, largest: number, smallest: number): number {
  for (let cell = largest; cell > smallest; cell -= 0.5) {
    if (rowsHeight(groups, width, labelHeight, cell) <= height) return cell;
  }
  return smallest;
}

export function layoutPeopleDots(results: Results, options: PeopleDotsOptions, size: ChartSize): ChartLayout {
  const policy = findPolicy(results, options.policy);
  const { sample } = results;
  const attribute = options.attribute || results.attributes[0]?.id || '';
  const categories = own(sample.categories, attribute);
  const selected = policy && own(sample.selected, policy.id);
  if (!policy || !categories || !selected || sample.count === 0) return emptyLayout(size, 'No people in the sample to draw', 'People as dots');
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width } = size;
  const whole = new Map((findSlice(policy, attribute)?.groups ?? []).map((row) => [row.group, row]));

  // Groups in the audit's category order, then any others in order of appearance.
  const known = results.attributes.find((a) => a.id === attribute)?.categories ?? [];
  const groups = new Map<string, Group>(known.map((c) => [c.id, { id: c.id, label: c.label, reached: 0, total: 0 }]));
  const members = new Map<string, number[]>();
  for (let i = 0; i < sample.count; i++) {
    const id = categories[i] ?? '';
    if (!groups.has(id)) groups.set(id, { id, label: id, reached: 0, total: 0 });
    const group = groups.get(id)!;
    group.total++;
    group.reached += selected[i] ? 1 : 0;
    members.set(id, [...(members.get(id) ?? []), i]);
  }
  const present = [...groups.values()].filter((g) => g.total > 0);

  const left = fs * 0.5;
  const right = width - fs * 0.5;
  const legend = layoutLegend(
    [
      { label: `saw the ad (${policy.label})`, shape: 'dot', colour: DOT },
      { label: 'did not', shape: 'ring', colour: DOT },
    ],
    left, fs * 0.8, fs, right - left,
  );
  const top = fs * 2 + (legend.lines - 1) * legend.lineHeight;
  const labelHeight = fs * 1.6;
  const cell = cellSize(present, right - left, size.height - top - fs * 0.5, labelHeight, fs * 1.6, fs * 0.8);
  const height = Math.max(size.height, top + rowsHeight(present, right - left, labelHeight, cell) + fs * 0.5);
  const columns = Math.max(1, Math.floor((right - left) / cell));

  const marks: Mark[] = [...legend.marks];
  let y = top;
  for (const group of present) {
    marks.push({
      kind: 'text', className: 'group-label', x: left, y: y + fs, text: groupLine(group, whole.get(group.id)),
      fill: INK, fontSize: fs, bold: true,
    });
    y += labelHeight;
    // Reached people first, so the filled share of a row reads at a glance.
    const people = [...(members.get(group.id) ?? [])].sort((a, b) => (selected[b] ?? 0) - (selected[a] ?? 0) || a - b);
    people.forEach((person, k) => {
      const reached = Boolean(selected[person]);
      marks.push({
        kind: 'circle', className: reached ? 'dot-reached' : 'dot-unreached',
        cx: left + cell * ((k % columns) + 0.5), cy: y + cell * (Math.floor(k / columns) + 0.5), r: cell * 0.38,
        fill: reached ? DOT : '#ffffff', stroke: DOT, strokeWidth: Math.max(0.75, cell * 0.1),
        person, tooltip: `Person ${person}, ${group.label}, ${reached ? 'reached' : 'not reached'}`,
      });
    });
    y += Math.ceil(people.length / columns) * cell;
  }

  const name = attributeLabel(results, attribute);
  return {
    width,
    height,
    title: finding(policy.label, [...whole.values()], results.populationSize, name),
    description: `${CAPTION} ${sample.count} people from the synthetic population, in rows by ${name}; reached people come first in each row.`,
    marks,
    table: {
      caption: `${policy.label}: people in the sample reached, by ${name}`,
      columns: ['Group', 'People in sample', 'Reached in sample', 'Reached in the whole population'],
      rows: present.map((g) => [g.label, formatCount(g.total), formatCount(g.reached), formatPercent(whole.get(g.id)?.selectionRate ?? null, 1)]),
    },
    notes: [CAPTION],
  };
}

/** "Women: 9.9% of 50,210 reached · sample 31 of 300". */
function groupLine(group: Group, row: GroupRow | undefined): string {
  const sample = `sample ${group.reached} of ${formatCount(group.total)}`;
  if (!row) return `${group.label}: ${sample}`;
  return `${group.label}: ${formatPercent(row.selectionRate, 1)} of ${formatCount(row.n)} reached · ${sample}`;
}

/** The headline from the whole population: the judged groups reached most and least. */
function finding(policyLabel: string, rows: readonly GroupRow[], populationSize: number, name: string): string {
  const judged = rows.filter((r) => isJudged(r) && r.selectionRate !== null);
  const rate = (r: GroupRow) => r.selectionRate ?? 0;
  const lead = `Of all ${formatCount(populationSize)} people, ${policyLabel} reached`;
  if (!judged.length) return `${lead} too few in any ${name} group to compare`;
  const high = judged.reduce((a, b) => (rate(b) > rate(a) ? b : a));
  const low = judged.reduce((a, b) => (rate(b) < rate(a) ? b : a));
  if (judged.length < 2 || formatPercent(rate(high), 1) === formatPercent(rate(low), 1)) return `${lead} ${formatPercent(rate(high), 1)} of every judged ${name} group`;
  return `${lead} ${formatPercent(rate(high), 1)} of ${high.label} but ${formatPercent(rate(low), 1)} of ${low.label}`;
}

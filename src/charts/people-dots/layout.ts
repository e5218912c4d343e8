/**
 * People as dots: a sample of synthetic people, one dot each, grouped by an attribute; filled
 * dots saw the ad, hollow ones did not. For workshops: count the filled dots in each row.
 */
import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE } from '../marks';
import { emptyLayout } from '../empty';
import { layoutLegend } from '../legend';
import { attributeLabel, findPolicy } from '../lookup';
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

/** The largest dot cell (in user units) at which every group's rows fit in `height`. */
function cellSize(groups: readonly Group[], width: number, height: number, labelHeight: number, largest: number): number {
  for (let cell = largest; cell > 2; cell -= 0.5) {
    const columns = Math.max(1, Math.floor(width / cell));
    const needed = groups.reduce((sum, g) => sum + labelHeight + Math.ceil(g.total / columns) * cell, 0);
    if (needed <= height) return cell;
  }
  return 2;
}

export function layoutPeopleDots(results: Results, options: PeopleDotsOptions, size: ChartSize): ChartLayout {
  const policy = findPolicy(results, options.policy);
  const { sample } = results;
  const attribute = options.attribute || results.attributes[0]?.id || '';
  const categories = own(sample.categories, attribute);
  const selected = policy && own(sample.selected, policy.id);
  if (!policy || !categories || !selected || sample.count === 0) return emptyLayout(size, 'No people in the sample to draw', 'People as dots');
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const { width, height } = size;

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
  const cell = cellSize(present, right - left, height - top - fs * 0.5, labelHeight, fs * 1.6);
  const columns = Math.max(1, Math.floor((right - left) / cell));

  const marks: Mark[] = [...legend.marks];
  let y = top;
  for (const group of present) {
    marks.push({
      kind: 'text', className: 'group-label', x: left, y: y + fs, text: `${group.label}: ${group.reached} of ${formatCount(group.total)} reached (${formatPercent(group.reached / group.total, 0)})`,
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
      });
    });
    y += Math.ceil(people.length / columns) * cell;
  }

  const name = attributeLabel(results, attribute);
  return {
    width,
    height,
    title: finding(policy.label, present, sample.count, name),
    description: `${CAPTION} ${sample.count} people from the synthetic population, in rows by ${name}; reached people come first in each row.`,
    marks,
    table: {
      caption: `${policy.label}: people in the sample reached, by ${name}`,
      columns: ['Group', 'People in sample', 'Reached', 'Share reached'],
      rows: present.map((g) => [g.label, formatCount(g.total), formatCount(g.reached), formatPercent(g.reached / g.total, 0)]),
    },
    notes: [CAPTION],
  };
}

function finding(policyLabel: string, groups: readonly Group[], count: number, name: string): string {
  const rate = (g: Group) => g.reached / g.total;
  const high = groups.reduce((a, b) => (rate(b) > rate(a) ? b : a));
  const low = groups.reduce((a, b) => (rate(b) < rate(a) ? b : a));
  const lead = `In a sample of ${formatCount(count)} people, ${policyLabel} reached`;
  if (groups.length < 2 || rate(high) === rate(low)) return `${lead} ${formatPercent(rate(high), 0)} of every ${name} group`;
  return `${lead} ${formatPercent(rate(high), 0)} of ${high.label} but ${formatPercent(rate(low), 0)} of ${low.label}`;
}

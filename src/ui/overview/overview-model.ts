/**
 * The overview's table, worked out from the results without a DOM: one row per policy (its reach,
 * conversions and cost per conversion, and the group it harms most), one column per group of the
 * chosen attribute plus the worst intersections, and a headline that answers "which policy leaves
 * out whom, at what cost".
 */
import type { GroupRow, Interval, PolicyResult, Results, SliceResult, Verdict } from '../../core/results/types';
import { groupName } from '../../charts/group-names';
import { verdictBasis } from '../../core/results/verdict-basis';

export interface OverviewColumn {
  /** `slice:group`, unique in the table. */
  key: string;
  /** The slice's attribute id (`age`, or `gender×age` for an intersection). */
  slice: string;
  /** The slice's attribute ids. */
  attributes: string[];
  group: string;
  name: string;
  kind: 'attribute' | 'intersection';
}

export interface OverviewCell {
  column: OverviewColumn;
  verdict: Verdict;
  ratio: number | null;
  interval: Interval;
  harm: boolean;
}

export interface OverviewRow {
  policy: PolicyResult;
  /** The group this policy harms most (any attribute or intersection), if it harms one. */
  worst: { name: string; ratio: number; verdict: Verdict } | undefined;
  cells: OverviewCell[];
}

export interface Overview {
  attribute: { id: string; label: string };
  columns: OverviewColumn[];
  rows: OverviewRow[];
  /** One or two sentences: the worst policy and group, and which policies harm no group. */
  headline: string;
  /** "leaves out" for an opportunity, "over-targets" for a risk offer. */
  verb: string;
}

const INTERSECTION_COLUMNS = 2;

/** The value the verdict read (the audit's metric; with replicates, their mean) and its interval. */
function ratioOf(results: Results, row: GroupRow): number | null {
  return verdictBasis(row, results.metric).value;
}

function intervalOf(results: Results, row: GroupRow): Interval {
  return verdictBasis(row, results.metric).interval;
}

function distance(ratio: number): number {
  return ratio > 0 ? Math.abs(Math.log(ratio)) : Infinity;
}

interface Harm {
  slice: SliceResult;
  row: GroupRow;
  ratio: number;
}

/** The harmed groups of a policy, worst first. */
function harms(results: Results, policy: PolicyResult): Harm[] {
  const out: Harm[] = [];
  for (const slice of policy.slices) {
    for (const row of slice.groups) {
      const ratio = ratioOf(results, row);
      if (row.harm && ratio !== null) out.push({ slice, row, ratio });
    }
  }
  return out.sort((a, b) => distance(b.ratio) - distance(a.ratio));
}

/** The attribute the overview opens on: the one holding the worst harmed group, else the first. */
export function headlineAttribute(results: Results): string {
  let best: { attribute: string; d: number } | undefined;
  for (const policy of results.policies) {
    const first = harms(results, policy).find((h) => h.slice.kind === 'attribute');
    if (first && (!best || distance(first.ratio) > best.d)) best = { attribute: first.slice.attribute, d: distance(first.ratio) };
  }
  return best?.attribute ?? results.attributes[0]?.id ?? '';
}

/** The policy the dashboard opens on: the one with the worst harmed group, else the first. */
export function headlinePolicy(results: Results): string {
  let best: { policy: string; d: number } | undefined;
  for (const policy of results.policies) {
    const first = harms(results, policy)[0];
    if (first && (!best || distance(first.ratio) > best.d)) best = { policy: policy.id, d: distance(first.ratio) };
  }
  return best?.policy ?? results.policies[0]?.id ?? '';
}

/**
 * How much worse an intersection fares than either of its groups alone under the same policy (in
 * |log ratio|): "Women aged 55+" at 0.11× when women get 0.63× and over-55s 0.26× is an
 * intersectional harm; "Women aged 18-24" at 0× when no one aged 18-24 is reached is not.
 */
function intersectionalExcess(results: Results, policy: PolicyResult, h: Harm): number {
  const ids = h.row.group.split('|');
  const marginals = h.slice.attributes.map((attribute, i) => {
    const row = policy.slices.find((s) => s.kind === 'attribute' && s.attribute === attribute)?.groups.find((g) => g.group === ids[i]);
    const ratio = row ? ratioOf(results, row) : null;
    return ratio === null ? 0 : distance(ratio);
  });
  const d = distance(h.ratio);
  const worstMarginal = Math.max(0, ...marginals);
  return d === Infinity && worstMarginal === Infinity ? 0 : d - worstMarginal;
}

function worstIntersections(results: Results): OverviewColumn[] {
  const found = new Map<string, { column: OverviewColumn; d: number }>();
  for (const policy of results.policies) {
    for (const h of harms(results, policy)) {
      if (h.slice.kind !== 'intersection') continue;
      const key = `${h.slice.attribute}:${h.row.group}`;
      const d = intersectionalExcess(results, policy, h);
      if (!(d > 0)) continue;
      if ((found.get(key)?.d ?? -1) < d)
        found.set(key, { d, column: { key, slice: h.slice.attribute, attributes: h.slice.attributes, group: h.row.group, name: groupName(results, h.slice, h.row), kind: 'intersection' } });
    }
  }
  return [...found.values()].sort((a, b) => b.d - a.d).slice(0, INTERSECTION_COLUMNS).map((f) => f.column);
}

function fmtRatio(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

function headlineOf(results: Results, rows: readonly OverviewRow[], verb: string): string {
  const harmful = rows.filter((r) => r.worst);
  const clean = rows.filter((r) => !r.worst).map((r) => r.policy.label);
  if (!harmful.length) return `No policy clearly ${verb === 'leaves out' ? 'leaves out' : 'over-targets'} a judged group (${results.band.low}–${results.band.high}× of a fair share).`;
  const worst = harmful.reduce((a, b) => (distance(b.worst!.ratio) > distance(a.worst!.ratio) ? b : a));
  const w = worst.worst!;
  const lead = w.ratio === 0 ? `${worst.policy.label} reaches no one in ${w.name}.` : `${worst.policy.label} ${verb} ${w.name} most: ${fmtRatio(w.ratio)} a fair share.`;
  const plural = verb === 'leaves out' ? 'leave out' : 'over-target';
  const count = `${harmful.length} of ${rows.length} policies ${harmful.length === 1 ? verb : plural} at least one group`;
  return clean.length ? `${lead} ${count}; ${listOf(clean)} ${clean.length === 1 ? 'does' : 'do'} not.` : `${lead} ${count}.`;
}

function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The overview of `results` with the groups of `attributeId` (default: the headline attribute). */
export function buildOverview(results: Results, attributeId?: string): Overview {
  const attribute = results.attributes.find((a) => a.id === attributeId) ?? results.attributes.find((a) => a.id === headlineAttribute(results)) ?? results.attributes[0];
  const attributeColumns: OverviewColumn[] = (attribute?.categories ?? []).map((c) => ({
    key: `${attribute!.id}:${c.id}`, slice: attribute!.id, attributes: [attribute!.id], group: c.id, name: c.label, kind: 'attribute',
  }));
  const columns = [...attributeColumns, ...worstIntersections(results)];
  const verb = results.offer === 'risk' ? 'over-targets' : 'leaves out';
  const rows = results.policies.map((policy): OverviewRow => {
    const first = harms(results, policy)[0];
    const cells = columns.map((column): OverviewCell => {
      const row = policy.slices.find((s) => s.attribute === column.slice)?.groups.find((g) => g.group === column.group);
      return row
        ? { column, verdict: row.verdict, ratio: ratioOf(results, row), interval: intervalOf(results, row), harm: row.harm }
        : { column, verdict: 'not-comparable', ratio: null, interval: null, harm: false };
    });
    return { policy, cells, worst: first && { name: groupName(results, first.slice, first.row), ratio: first.ratio, verdict: first.row.verdict } };
  });
  return { attribute: { id: attribute?.id ?? '', label: attribute?.label ?? '' }, columns, rows, headline: headlineOf(results, rows, verb), verb };
}

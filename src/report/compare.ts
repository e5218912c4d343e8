/**
 * What changed between two runs (two results.json), group by group: each policy's totals before
 * and after, and for every group of every slice its selection rate, verdict ratio and verdict.
 * Policies and groups are matched by id; one present in only one run is listed as added or removed.
 */
import type { GroupRow, PolicyResult, PolicyTotals, Results } from '../core/results/types';

/** A ratio move at or above this, or a new verdict, counts as a change. */
export const RATIO_CHANGE = 0.005;

export interface GroupComparison {
  slice: string;
  group: string;
  label: string;
  before: GroupRow | undefined;
  after: GroupRow | undefined;
  changed: boolean;
}

export interface PolicyComparison {
  id: string;
  label: string;
  before: PolicyResult | undefined;
  after: PolicyResult | undefined;
  groups: GroupComparison[];
}

export interface RunComparison {
  before: Results;
  after: Results;
  sameScenario: boolean;
  metric: Results['metric'];
  policies: PolicyComparison[];
}

export const TOTAL_FIELDS = ['reached', 'expectedConversions', 'realisedConversions', 'cost', 'costPerConversion'] as const satisfies readonly (keyof PolicyTotals)[];

export const TOTAL_LABELS: Record<(typeof TOTAL_FIELDS)[number], string> = {
  reached: 'People reached', expectedConversions: 'Expected conversions', realisedConversions: 'Realised conversions', cost: 'Cost', costPerConversion: 'Cost per conversion',
};

function groupChanged(metric: Results['metric'], a: GroupRow | undefined, b: GroupRow | undefined): boolean {
  if (!a || !b) return true;
  if (a.verdict !== b.verdict) return true;
  const x = a[metric] ?? null;
  const y = b[metric] ?? null;
  if (x === null || y === null) return x !== y;
  return Math.abs(x - y) >= RATIO_CHANGE;
}

function compareGroups(metric: Results['metric'], before: PolicyResult | undefined, after: PolicyResult | undefined): GroupComparison[] {
  const out: GroupComparison[] = [];
  const seen = new Set<string>();
  const slices = [...(after?.slices ?? []), ...(before?.slices ?? [])];
  for (const slice of slices) {
    for (const g of slice.groups) {
      const key = `${slice.attribute}\u0000${g.group}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const find = (p: PolicyResult | undefined) => p?.slices.find((s) => s.attribute === slice.attribute)?.groups.find((x) => x.group === g.group);
      const b = find(before);
      const a = find(after);
      out.push({ slice: slice.attribute, group: g.group, label: g.label, before: b, after: a, changed: groupChanged(metric, b, a) });
    }
  }
  return out;
}

export function compareRuns(before: Results, after: Results): RunComparison {
  const ids = [...new Set([...after.policies.map((p) => p.id), ...before.policies.map((p) => p.id)])];
  return {
    before,
    after,
    sameScenario: before.scenario.hash === after.scenario.hash,
    metric: after.metric,
    policies: ids.map((id) => {
      const b = before.policies.find((p) => p.id === id);
      const a = after.policies.find((p) => p.id === id);
      return { id, label: a?.label ?? b?.label ?? id, before: b, after: a, groups: compareGroups(after.metric, b, a) };
    }),
  };
}

/**
 * The levelling-down check. A fairness "fix" can close a gap by making the best-off group worse off
 * without making the worst-off group better off — equal, but nobody gains. For each constrained
 * policy and each audited attribute we take, under the base policy, the best-off and the worst-off
 * judged group (by selection rate; for a `risk` offer being selected is the harm, so the best-off
 * group is the one selected least) and flag the fix when the best-off group's position worsens
 * while the worst-off group's does not improve.
 *
 * Changes smaller than `TOLERANCE` (an absolute selection rate, 0.1 percentage points) count as no
 * change, so rounding-level moves neither trigger nor clear the flag.
 */
import type { GroupRow, PolicyResult, Results, SliceResult } from '../core/results/types';

export const TOLERANCE = 0.001;

export interface GroupChange {
  group: string;
  label: string;
  before: number;
  after: number;
}

export interface LevellingDownCheck {
  policy: PolicyResult;
  base: PolicyResult;
  attribute: string;
  best: GroupChange;
  worst: GroupChange;
  levelsDown: boolean;
}

function judged(row: GroupRow): row is GroupRow & { selectionRate: number } {
  return row.verdict !== 'too-small' && row.selectionRate !== null;
}

/** The policy a fairness policy wraps, from the scenario (`base`) or, failing that, none. */
export function basePolicy(results: Results, policy: PolicyResult, bases: Readonly<Record<string, string>>): PolicyResult | undefined {
  const id = bases[policy.id];
  return id === undefined ? undefined : results.policies.find((p) => p.id === id);
}

/** One check for one slice; undefined when fewer than two groups can be judged under the base. */
export function checkSlice(policy: PolicyResult, base: PolicyResult, before: SliceResult, after: SliceResult, offer: Results['offer']): LevellingDownCheck | undefined {
  const rows = before.groups.filter(judged);
  if (rows.length < 2) return undefined;
  // "Better off" is a higher selection rate for an opportunity, a lower one for a risk.
  const sign = offer === 'risk' ? -1 : 1;
  const ordered = [...rows].sort((a, b) => sign * (b.selectionRate - a.selectionRate));
  const bestRow = ordered[0] as (typeof rows)[number];
  const worstRow = ordered[ordered.length - 1] as (typeof rows)[number];
  const afterRate = (g: GroupRow) => after.groups.find((x) => x.group === g.group)?.selectionRate ?? null;
  const bestAfter = afterRate(bestRow);
  const worstAfter = afterRate(worstRow);
  if (bestAfter === null || worstAfter === null) return undefined;
  const best = { group: bestRow.group, label: bestRow.label, before: bestRow.selectionRate, after: bestAfter };
  const worst = { group: worstRow.group, label: worstRow.label, before: worstRow.selectionRate, after: worstAfter };
  const bestWorse = sign * (best.after - best.before) < -TOLERANCE;
  const worstBetter = sign * (worst.after - worst.before) > TOLERANCE;
  return { policy, base, attribute: before.attribute, best, worst, levelsDown: bestWorse && !worstBetter };
}

/** Every constrained policy against its base, for every audited attribute (not intersections). */
export function levellingDownChecks(results: Results, bases: Readonly<Record<string, string>>): LevellingDownCheck[] {
  const out: LevellingDownCheck[] = [];
  for (const policy of results.policies) {
    const base = basePolicy(results, policy, bases);
    if (!base) continue;
    for (const after of policy.slices) {
      if (after.kind !== 'attribute') continue;
      const before = base.slices.find((s) => s.attribute === after.attribute);
      const check = before && checkSlice(policy, base, before, after, results.offer);
      if (check) out.push(check);
    }
  }
  return out;
}

/**
 * A slice's results (an audited attribute or an intersection): the reference group, every group
 * row, the mix distance and the ranking of groups by how far their reach is from proportional.
 */
import type { Audit } from '../scenario/types';
import type { GroupRow, SliceResult } from '../results/types';
import { readCounts, type GroupCounts } from './group-counts';
import { groupRow, referenceRates, type RowContext } from './group-row';
import type { AuditPlan, SlicePlan } from './plan';
import type { VerdictRules } from './verdict';
import { own } from '../records/own';

/**
 * Index of the reference group within the slice, or -1 for `overall`. A named category (only for
 * single attributes) that is not found falls back to the largest group; ties for largest go to
 * the first group in category order.
 */
export function referenceIndex(slice: SlicePlan, counts: readonly GroupCounts[], reference: Audit['reference']): number {
  if (reference === 'overall') return -1;
  if (typeof reference === 'object' && slice.kind === 'attribute') {
    const named = own(reference, slice.key);
    const k = named === undefined ? -1 : slice.groupIds.indexOf(named);
    if (k >= 0) return k;
  }
  let best = 0;
  counts.forEach((c, k) => {
    if (c.n > (counts[best] as GroupCounts).n) best = k;
  });
  return best;
}

/** ½ Σ_g |reach share − eligible share| (total variation); null when no one is reached or eligible. */
export function mixDistance(rows: readonly GroupRow[]): number | null {
  let sum = 0;
  for (const r of rows) {
    if (r.reachShare === null || r.eligibleShare === null) return null;
    sum += Math.abs(r.reachShare - r.eligibleShare);
  }
  return sum / 2;
}

/**
 * Group ids of the judged groups (not too small, defined representation ratio), worst first by
 * |log RR|; RR = 0 counts as infinitely far. Ties keep category order.
 */
export function rankGroups(rows: readonly GroupRow[]): string[] {
  const judged = rows.filter((r) => r.verdict !== 'too-small' && r.representationRatio !== null);
  const distance = (r: GroupRow) => Math.abs(Math.log(r.representationRatio as number));
  return judged
    .map((r, k) => ({ r, k, d: distance(r) }))
    .sort((a, b) => b.d - a.d || a.k - b.k)
    .map((x) => x.r.group);
}

export interface SliceContext extends VerdictRules {
  metric: RowContext['metric'];
  reference: Audit['reference'];
}

export function sliceResult(
  plan: AuditPlan,
  slice: SlicePlan,
  counts: Float64Array,
  policy: number,
  ctx: SliceContext,
): SliceResult {
  const overall = readCounts(counts, plan.cellCount, policy, 0);
  const groups = slice.groupIds.map((_, k) => readCounts(counts, plan.cellCount, policy, slice.offset + k));
  const ref = referenceIndex(slice, groups, ctx.reference);
  const refCounts = ref < 0 ? overall : (groups[ref] as GroupCounts);
  const rowCtx: RowContext = { ...ctx, overall, reference: referenceRates(refCounts) };
  const rows = groups.map((c, k) =>
    groupRow(slice.key, slice.groupIds[k] as string, slice.labels[k] as string, c, rowCtx, k === ref),
  );
  return {
    attribute: slice.key,
    kind: slice.kind,
    attributes: [...slice.attributes],
    reference: ref < 0 ? 'overall' : (slice.groupIds[ref] as string),
    mixDistance: mixDistance(rows),
    groups: rows,
    ranking: rankGroups(rows),
  };
}

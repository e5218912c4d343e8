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

/** The reference group within the slice (-1 for `overall`), and why it differs from the one asked for. */
export interface ReferenceChoice {
  index: number;
  note?: string;
}

function largestOf(counts: readonly GroupCounts[], usable: (c: GroupCounts) => boolean): number {
  let best = -1;
  counts.forEach((c, k) => {
    if (usable(c) && (best < 0 || c.n > (counts[best] as GroupCounts).n)) best = k;
  });
  return best;
}

/**
 * The reference group: `overall` (-1), a named category (only for single attributes), or the
 * largest group; ties for largest go to the first group in category order. A named category that
 * is not found falls back to the largest group. A reference that reached no one while others were
 * reached would make every ratio against it undefined: the largest group with a nonzero
 * selection rate is used instead, and `note` says so.
 */
export function chooseReference(slice: SlicePlan, counts: readonly GroupCounts[], reference: Audit['reference']): ReferenceChoice {
  if (reference === 'overall') return { index: -1 };
  let index = -1;
  let note: string | undefined;
  if (typeof reference === 'object' && slice.kind === 'attribute') {
    const named = own(reference, slice.key);
    index = named === undefined ? -1 : slice.groupIds.indexOf(named);
    if (named !== undefined && index < 0) note = `The named reference "${named}" is not a group of ${slice.key}; the largest group is used.`;
  }
  if (index < 0) index = Math.max(0, largestOf(counts, () => true));
  const chosen = counts[index];
  if (chosen && chosen.reached === 0 && counts.some((c) => c.reached > 0)) {
    const fallback = largestOf(counts, (c) => c.reached > 0);
    note = `${slice.labels[index]} reached no one (selection rate 0), so no ratio against it is defined; ${slice.labels[fallback]}, the largest group reached at all, is the reference instead.`;
    index = fallback;
  }
  return note === undefined ? { index } : { index, note };
}

/** Index of the reference group within the slice, or -1 for `overall` (see `chooseReference`). */
export function referenceIndex(slice: SlicePlan, counts: readonly GroupCounts[], reference: Audit['reference']): number {
  return chooseReference(slice, counts, reference).index;
}

/**
 * The group with the highest selection rate among those large enough to judge (the impact
 * ratio's denominator, as the four-fifths rule and NYC LL 144 define it); ties go to the first in
 * category order; -1 when no group is large enough or no one was reached.
 */
export function highestIndex(counts: readonly GroupCounts[], rules: Pick<VerdictRules, 'minGroupSize' | 'minCount'>): number {
  let best = -1;
  let bestRate = 0;
  counts.forEach((c, k) => {
    if (c.n < rules.minGroupSize || c.n < rules.minCount || !(c.n > 0)) return;
    const r = c.reached / c.n;
    if (r > bestRate) {
      best = k;
      bestRate = r;
    }
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
  const choice = chooseReference(slice, groups, ctx.reference);
  const ref = choice.index;
  const refCounts = ref < 0 ? overall : (groups[ref] as GroupCounts);
  const top = highestIndex(groups, ctx);
  const rowCtx: RowContext = {
    ...ctx,
    overall,
    reference: referenceRates(refCounts),
    referenceCounts: ref < 0 ? null : refCounts,
    highest: top < 0 ? null : (groups[top] as GroupCounts),
  };
  const rows = groups.map((c, k) =>
    groupRow(slice.key, slice.groupIds[k] as string, slice.labels[k] as string, c, rowCtx, k === ref, k === top),
  );
  return {
    attribute: slice.key,
    kind: slice.kind,
    attributes: [...slice.attributes],
    reference: ref < 0 ? 'overall' : (slice.groupIds[ref] as string),
    ...(choice.note === undefined ? {} : { referenceNote: choice.note }),
    highest: top < 0 ? null : (slice.groupIds[top] as string),
    mixDistance: mixDistance(rows),
    groups: rows,
    ranking: rankGroups(rows),
  };
}

/**
 * The NYC Local Law 144 bias-audit layout: for each category (and each intersection of
 * categories), the selection rate and the impact ratio — its selection rate divided by the highest
 * selection rate in the same slice. Results carry the impact ratio (`impactRatio`, against the
 * slice's `highest` group among those large enough to judge); for older results files without it,
 * it is worked out here from the selection rates the same way. Categories under 2% of the people,
 * which LL144 allows an auditor to leave out, are kept in the table and marked. Unknown counts are
 * the people the slice's groups do not account for.
 */
import type { GroupRow, PolicyResult, Results, SliceResult } from '../core/results/types';

/** LL144's threshold for categories that may be left out of the impact-ratio calculation. */
export const SMALL_CATEGORY_SHARE = 0.02;

export interface ImpactRatioRow {
  row: GroupRow;
  /** Under 2% of the people of the slice. */
  small: boolean;
  /** Selection rate / highest selection rate of the slice; null when either is undefined or 0. */
  impactRatio: number | null;
  /** Its 95% interval, when the results carry one. */
  interval: [number, number] | null | undefined;
  /** The group with the highest selection rate (the denominator). */
  highest: boolean;
}

export interface ImpactRatioTable {
  slice: SliceResult;
  rows: ImpactRatioRow[];
  /** The highest selection rate among the groups large enough to judge. */
  highestRate: number | null;
  /** People in the population not counted in any group of the slice. */
  unknown: number;
}

/** The highest-rate group among those large enough to judge (older results: computed here). */
function highestGroup(results: Pick<Results, 'minGroupSize' | 'minCount'>, slice: SliceResult): GroupRow | undefined {
  if (slice.highest !== undefined) return slice.groups.find((g) => g.group === slice.highest);
  let best: GroupRow | undefined;
  for (const g of slice.groups) {
    if (g.n < results.minGroupSize || g.n < results.minCount || g.selectionRate === null) continue;
    if (g.selectionRate > (best?.selectionRate ?? 0)) best = g;
  }
  return best;
}

export function impactRatioTable(results: Pick<Results, 'minGroupSize' | 'minCount'>, policy: PolicyResult, slice: SliceResult): ImpactRatioTable {
  const people = slice.groups.reduce((s, g) => s + g.n, 0);
  const top = highestGroup(results, slice);
  const highestRate = top?.selectionRate ?? null;
  const rows = slice.groups.map((row) => ({
    row,
    small: people > 0 && row.n / people < SMALL_CATEGORY_SHARE,
    impactRatio: row.impactRatio !== undefined ? row.impactRatio : row.selectionRate === null || !highestRate ? null : row.selectionRate / highestRate,
    interval: row.intervals.impactRatio,
    highest: row === top,
  }));
  return { slice, rows, highestRate, unknown: Math.max(0, policy.totals.n - people) };
}

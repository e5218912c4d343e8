/**
 * The NYC Local Law 144 bias-audit layout: for each category (and each intersection of
 * categories), the selection rate and the impact ratio — its selection rate divided by the highest
 * selection rate in the same slice. Categories under 2% of the people may be left out of the
 * calculation; we keep them in the table, mark them, and leave them out of "the highest rate" (a
 * tiny group's noisy rate would otherwise set everyone's ratio). Unknown counts are the people the
 * slice's groups do not account for.
 */
import type { GroupRow, PolicyResult, SliceResult } from '../core/results/types';

/** LL144's threshold for categories that may be left out of the impact-ratio calculation. */
export const SMALL_CATEGORY_SHARE = 0.02;

export interface ImpactRatioRow {
  row: GroupRow;
  /** Under 2% of the people of the slice. */
  small: boolean;
  /** Selection rate / highest selection rate of the slice; null when either is undefined or 0. */
  impactRatio: number | null;
  /** The group with the highest selection rate. */
  highest: boolean;
}

export interface ImpactRatioTable {
  slice: SliceResult;
  rows: ImpactRatioRow[];
  /** The highest selection rate among the categories of 2% or more (all, if every one is small). */
  highestRate: number | null;
  /** People in the population not counted in any group of the slice. */
  unknown: number;
}

export function impactRatioTable(policy: PolicyResult, slice: SliceResult): ImpactRatioTable {
  const people = slice.groups.reduce((s, g) => s + g.n, 0);
  const small = (g: GroupRow) => people > 0 && g.n / people < SMALL_CATEGORY_SHARE;
  const counted = slice.groups.filter((g) => !small(g));
  const pool = counted.length ? counted : slice.groups;
  let highestRate: number | null = null;
  for (const g of pool) if (g.selectionRate !== null && (highestRate === null || g.selectionRate > highestRate)) highestRate = g.selectionRate;
  const rows = slice.groups.map((row) => ({
    row,
    small: small(row),
    impactRatio: row.selectionRate === null || highestRate === null || highestRate === 0 ? null : row.selectionRate / highestRate,
    highest: highestRate !== null && row.selectionRate === highestRate && pool.includes(row),
  }));
  return { slice, rows, highestRate, unknown: Math.max(0, policy.totals.n - people) };
}

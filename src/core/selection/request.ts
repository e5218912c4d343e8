/** What a caller asks of the global top-k selection, and what it gets back. */
import type { StoreKey } from '../engine/chunk-store';

export type SelectionBudget = { kind: 'reach'; people: number } | { kind: 'spend'; amount: number };

export interface SelectionRequest {
  /** Store key of a Float32Array score per person; NaN = not a candidate; higher is better. */
  scoreKey: StoreKey<Float32Array>;
  /** Store key where each chunk's Uint8Array selection mask (1 = selected) is written. */
  outKey: StoreKey<Uint8Array>;
  budget: SelectionBudget;
  /** Tie-break draws: stream(seed, 'chunk', index, 'tie', tieStream), one uniform per person. */
  tieStream: string;
  /**
   * Optional per-group budgets (people or money, as `budget.kind`) by category code of `attribute`:
   * each group is selected separately against its own budget; `budget`'s amount is then unused.
   * People whose code has no entry are not selected.
   */
  groups?: { attribute: string; budgets: number[] };
  /** Optional per-group score multipliers (pacing) by category code, applied before ranking (missing = 1). */
  weights?: { attribute: string; multipliers: number[] };
}

export interface GroupSelection {
  selected: number;
  spend: number;
  /** Lowest effective (weighted) score among the group's selected people; null if none. */
  cutScore: number | null;
}

export interface SelectionResult {
  selected: number;
  spend: number;
  /** Per group (by category code) when the request had `groups`. */
  perGroup?: GroupSelection[];
  /** Lowest effective (weighted) score among all selected people; null if nobody was selected. */
  cutScore: number | null;
}

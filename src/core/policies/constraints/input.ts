/**
 * What a fairness constraint works from: the wrapped policy's scores split by the groups of one
 * categorical attribute, with per-group counts, and the few engine steps it may take (handed to it
 * by `policies/fairness-input.ts`). Only types here, so a constraint's file depends on nothing that
 * depends on the scenario schema.
 */
import type { StoreKey } from '../../engine/chunk-store';
import type { SelectionBudget, SelectionResult } from '../../selection/request';
import type { GroupStats } from '../group-stats-type';
import type { ScoreBins } from '../score-bins';

export interface ConstraintInput<Options> {
  /** The fairness policy's options (its constraint's among them). */
  readonly options: Options;
  /** The campaign budget resolved for this run. */
  readonly budget: SelectionBudget;
  /** Category ids of the attribute, by code. */
  readonly groupIds: string[];
  /** Base scores by group, before any selection by this policy. */
  readonly stats: GroupStats;
  /** The fairness policy's own copy of the base scores, and where its selection goes. */
  readonly scoreKey: StoreKey<Float32Array>;
  readonly selectedKey: StoreKey<Uint8Array>;
  /** The base policy's own selection, for the cost it adds. */
  readonly baseSelection: { reached: number; spend: number };
  /** Per-group score bins of `scoreKey` (with the base's p̂). */
  scoreBins(): Promise<ScoreBins>;
  /** Per-group counts of a score column, and of a selection mask when given. */
  groupStats(scoreKey: StoreKey<Float32Array>, selectedKey?: StoreKey<Uint8Array>): Promise<GroupStats>;
  /** Selects each group separately against its own budget (people or money, as the campaign's) into `selectedKey`. */
  selectByGroup(budgets: number[]): Promise<SelectionResult>;
  /** One global selection of a score column into `outKey`, within `budget`, optionally paced (score × multiplier by group code). */
  select(options: { scoreKey: StoreKey<Float32Array>; outKey: StoreKey<Uint8Array>; budget: SelectionBudget; multipliers?: number[] }): Promise<SelectionResult>;
  /** Copies `scoreKey` to `to` keeping only the groups with `keep[code]`. */
  maskGroups(to: StoreKey<Float32Array>, keep: boolean[]): Promise<void>;
  /** Per group: candidates scoring at least its threshold, and their price. */
  countAbove(thresholds: number[]): Promise<{ count: number[]; spend: number[] }>;
  /** Frees scratch columns. */
  dropKeys(keys: string[]): Promise<void>;
}

/** variance-reduction: cost per person reached with the constraint and with its base policy alone. */
export interface AddedCost {
  costPerReach: number | null;
  baseCostPerReach: number | null;
}

export interface ConstraintOutcome {
  selection: SelectionResult;
  notes: string[];
  pacing?: Record<string, number>;
  addedCost?: AddedCost;
}

/**
 * What every fairness constraint works from: the wrapped policy's scores split by the groups of
 * one categorical attribute, with per-group counts and (on demand) score histograms.
 */
import type { SelectionRequest, SelectionResult } from '../../selection';
import type { FairnessPolicy } from '../../scenario/types';
import type { SelectionBudget } from '../../selection';
import type { PolicyContext, ScoredPolicy } from '../context';
import type { StoreKey } from '../../engine/chunk-store';
import { reduceChunks } from '../../engine/runner';
import type { GroupStats } from '../group-stats';
import { policyGroupStats } from '../group-stats';
import type { ScoreHistogram } from '../score-histogram';
import { policyScoreHistogram } from '../score-histogram';
import { selectForPolicy } from '../select';

export interface ConstraintInput {
  ctx: PolicyContext;
  policy: FairnessPolicy;
  base: ScoredPolicy;
  /** The fairness policy's own copy of the base scores. */
  scoreKey: StoreKey<Float32Array>;
  /** Category ids of the attribute, by code. */
  groupIds: string[];
  /** Base scores by group, before any selection by this policy. */
  stats: GroupStats;
  /** The base policy's own selection, for the cost it adds. */
  baseSelection: { reached: number; spend: number };
}

export interface ConstraintOutcome {
  selection: SelectionResult;
  notes: string[];
  pacing?: Record<string, number>;
  addedCost?: { costPerReach: number | null; baseCostPerReach: number | null };
}

export function budgetOf(input: ConstraintInput): SelectionBudget {
  return input.ctx.budget;
}

/** Total budget in its own unit: people for reach budgets, money for spend budgets. */
export function budgetAmount(budget: SelectionBudget): number {
  return budget.kind === 'reach' ? budget.people : budget.amount;
}

export function groupStatsOf(input: ConstraintInput, scoreKey: StoreKey<Float32Array>, selectedKey?: StoreKey<Uint8Array>): Promise<GroupStats> {
  const { ctx, policy, base } = input;
  return reduceChunks(ctx.runner, policyGroupStats, { attribute: policy.attribute, scoreKey, selectedKey, probKey: base.probKey }, ctx.signal);
}

export function histogramOf(input: ConstraintInput): Promise<ScoreHistogram> {
  const { ctx, policy, base, stats } = input;
  return reduceChunks(
    ctx.runner,
    policyScoreHistogram,
    { attribute: policy.attribute, scoreKey: input.scoreKey, probKey: base.probKey, lo: stats.minScore, hi: stats.maxScore },
    ctx.signal,
  );
}

/** Selects each group separately against its own budget (people or money, as the campaign's). */
export function selectByGroup(input: ConstraintInput, budgets: number[]): Promise<SelectionResult> {
  return selectForPolicy(input.ctx, input.policy.id, input.scoreKey, {
    tieStream: input.policy.base,
    groups: { attribute: input.policy.attribute, budgets },
  });
}

export function selectWith(
  input: ConstraintInput,
  options: Pick<SelectionRequest, 'weights' | 'budget' | 'scoreKey' | 'outKey'>,
): Promise<SelectionResult> {
  return selectForPolicy(input.ctx, input.policy.id, options.scoreKey, {
    tieStream: input.policy.base,
    outKey: options.outKey,
    budget: options.budget,
    weights: options.weights,
  });
}

/** Bisection for the x in [lo, hi] where an increasing f reaches target (60 halvings: exact in float64). */
export function solveIncreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  if (f(hi) <= target) return hi;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The engine side of a fairness constraint: the `ConstraintInput` it works from, over the
 * fairness policy's own copy of its base's scores (see constraints/input.ts for what each step is).
 */
import type { StoreKey } from '../engine/chunk-store';
import { reduceChunks } from '../engine/runner';
import { selectedKey } from '../engine/store-keys';
import { policyMaskGroups } from './candidate-scores';
import { policyCountAbove } from './count-above';
import { policyDropKeys } from './drop-columns';
import { policyGroupStats } from './group-stats';
import { policyScoreHistogram } from './score-histogram';
import type { FairnessPolicy } from '../scenario/types';
import type { ConstraintInput } from './constraints';
import type { PolicyContext, ScoredPolicy } from './context';
import type { GroupStats } from './group-stats';
import { selectForPolicy } from './select';

export interface FairnessInputParts {
  ctx: PolicyContext;
  policy: FairnessPolicy;
  base: ScoredPolicy;
  scoreKey: StoreKey<Float32Array>;
  groupIds: string[];
  stats: GroupStats;
  baseSelection: { reached: number; spend: number };
}

export function fairnessInput(parts: FairnessInputParts): ConstraintInput<FairnessPolicy> {
  const { ctx, policy, base, scoreKey, groupIds, stats } = parts;
  const { runner, signal } = ctx;
  const attribute = policy.attribute;
  return {
    options: policy,
    budget: ctx.budget,
    groupIds,
    stats,
    scoreKey,
    selectedKey: selectedKey(policy.id),
    baseSelection: parts.baseSelection,
    scoreBins: () => reduceChunks(runner, policyScoreHistogram, { attribute, scoreKey, probKey: base.probKey, lo: stats.minScore, hi: stats.maxScore }, signal),
    groupStats: (key, selected) => reduceChunks(runner, policyGroupStats, { attribute, scoreKey: key, selectedKey: selected, probKey: base.probKey }, signal),
    selectByGroup: (budgets) => selectForPolicy(ctx, policy.id, scoreKey, { tieStream: policy.base, groups: { attribute, budgets } }),
    select: (o) =>
      selectForPolicy(ctx, policy.id, o.scoreKey, {
        tieStream: policy.base,
        outKey: o.outKey,
        budget: o.budget,
        weights: o.multipliers ? { attribute, multipliers: o.multipliers } : undefined,
      }),
    maskGroups: async (to, keep) => {
      await runner.map(policyMaskGroups, { from: scoreKey, to, attribute, keep }, signal);
    },
    countAbove: (thresholds) => reduceChunks(runner, policyCountAbove, { scoreKey, attribute, thresholds }, signal),
    dropKeys: async (keys) => {
      await runner.map(policyDropKeys, { keys }, signal);
    },
  };
}

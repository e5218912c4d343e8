/**
 * The engine side of a fairness constraint: the `ConstraintInput` it works from, over the
 * fairness policy's own copy of its base's scores (see constraints/input.ts for what each step is).
 */
import { selectedKey } from '../engine/store-keys';
import type { FairnessPolicy } from '../scenario/types';
import type { ConstraintInput } from './constraints';
import type { PolicyContext, ScoredPolicy } from './context';
import type { GroupStats } from './group-stats';
import { mergeGroupStats } from './group-stats';
import { mergeScoreBins } from './score-bins';
import { selectForPolicy } from './select';

export interface FairnessInputParts {
  ctx: PolicyContext;
  policy: FairnessPolicy;
  base: ScoredPolicy;
  scoreKey: string;
  groupIds: string[];
  stats: GroupStats;
  baseSelection: { reached: number; spend: number };
}

export function fairnessInput(parts: FairnessInputParts): ConstraintInput<FairnessPolicy> {
  const { ctx, policy, base, scoreKey, groupIds, stats } = parts;
  const { runner, signal } = ctx;
  const attribute = policy.attribute;
  const groups = groupIds.length;
  return {
    options: policy,
    budget: ctx.budget,
    groupIds,
    stats,
    scoreKey,
    selectedKey: selectedKey(policy.id),
    baseSelection: parts.baseSelection,
    scoreBins: async () =>
      mergeScoreBins(
        await runner.map('policyScoreHistogram', { attribute, scoreKey, probKey: base.probKey, lo: stats.minScore, hi: stats.maxScore }, signal),
        groups,
      ),
    groupStats: async (key, selected) =>
      mergeGroupStats(await runner.map('policyGroupStats', { attribute, scoreKey: key, selectedKey: selected, probKey: base.probKey }, signal), groups),
    selectByGroup: (budgets) => selectForPolicy(ctx, policy.id, scoreKey, { tieStream: policy.base, groups: { attribute, budgets } }),
    select: (o) =>
      selectForPolicy(ctx, policy.id, o.scoreKey, {
        tieStream: policy.base,
        outKey: o.outKey,
        budget: o.budget,
        weights: o.multipliers ? { attribute, multipliers: o.multipliers } : undefined,
      }),
    maskGroups: async (to, keep) => {
      await runner.map('policyMaskGroups', { from: scoreKey, to, attribute, keep }, signal);
    },
    countAbove: async (thresholds) => {
      const counted = await runner.map('policyCountAbove', { scoreKey, attribute, thresholds }, signal);
      const count = groupIds.map((_, g) => counted.reduce((a, p) => a + (p.count[g] as number), 0));
      const spend = groupIds.map((_, g) => counted.reduce((a, p) => a + (p.spend[g] as number), 0));
      return { count, spend };
    },
    dropKeys: async (keys) => {
      await runner.map('policyDropKeys', { keys }, signal);
    },
  };
}

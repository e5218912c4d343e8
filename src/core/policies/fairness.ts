/**
 * `fairness`: a constraint wrapped around a scoring policy. It reuses the base policy's model and
 * scores (copied into its own `score:<id>`) and changes only who is selected within the budget.
 */
import { scoreKey, selectedKey } from '../engine/store-keys';
import type { FairnessPolicy } from '../scenario/types';
import type { ConstraintDescriptor } from './constraints';
import { CONSTRAINTS } from './constraints';
import type { PolicyContext } from './context';
import { fairnessInput } from './fairness-input';
import { policyGroupStats, policySelectionStats } from './group-stats';
import { policyMaskGroups } from './candidate-scores';
import { reduceChunks } from '../engine/runner';
import type { PolicyOutcome } from './outcome';
import { categoricalById } from '../inference/derived';

const byName = new Map(CONSTRAINTS.map((c) => [c.name, c as unknown as ConstraintDescriptor]));

export async function runFairness(
  ctx: PolicyContext,
  policy: FairnessPolicy,
  baseOutcome: Pick<PolicyOutcome, 'reached' | 'spend'>,
): Promise<Omit<PolicyOutcome, 'id' | 'label' | 'type'>> {
  const base = ctx.scored.get(policy.base);
  if (!base) throw new Error(`fairness policy "${policy.id}": its base "${policy.base}" has not been scored`);
  const attr = categoricalById(ctx.scenario, policy.attribute);
  if (!attr) throw new Error(`fairness policy "${policy.id}": "${policy.attribute}" is not categorical`);
  const groupIds = attr.categories.map((c) => c.id);
  const own = scoreKey(policy.id);
  const keepAll = groupIds.map(() => true);
  await ctx.runner.map(policyMaskGroups, { from: base.scoreKey, to: own, attribute: policy.attribute, keep: keepAll }, ctx.signal);
  const statsArgs = { attribute: policy.attribute, scoreKey: own, probKey: base.probKey };
  const stats = await reduceChunks(ctx.runner, policyGroupStats, statsArgs, ctx.signal);
  const constraint = byName.get(policy.constraint);
  if (!constraint) throw new Error(`fairness policy "${policy.id}": unknown constraint "${policy.constraint}"`);
  const input = fairnessInput({ ctx, policy, base, scoreKey: own, groupIds, stats, baseSelection: baseOutcome });
  const result = await constraint.run(input);
  const after = await reduceChunks(ctx.runner, policySelectionStats, { attribute: policy.attribute, scoreKey: own, selectedKey: selectedKey(policy.id) }, ctx.signal);
  const thresholds = groupIds
    .map((group, g) => ({ group: group as string | null, score: after.minSelectedScore[g] as number }))
    .filter((t) => Number.isFinite(t.score));
  return {
    reached: result.selection.selected,
    spend: result.selection.spend,
    candidates: stats.candidates.reduce((a, x) => a + x, 0),
    notes: [...base.notes, ...result.notes],
    model: base.model,
    thresholds,
    pacing: result.pacing,
    addedCost: result.addedCost,
  };
}

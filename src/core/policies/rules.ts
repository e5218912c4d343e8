/**
 * `rules`: demographic/interest targeting by predicates. Uses no personal-data model, so it may
 * reach people without consent; random among the matches when more match than the budget.
 */
import { reduceChunks } from '../engine/runner';
import { scoreKey } from '../engine/store-keys';
import type { Policy } from '../scenario/types';
import { policyScores } from './candidate-scores';
import type { PolicyContext, ScoredPolicy } from './context';

type RulesPolicy = Extract<Policy, { type: 'rules' }>;

export async function scoreRules(ctx: PolicyContext, policy: RulesPolicy): Promise<ScoredPolicy> {
  const { candidates } = await reduceChunks(
    ctx.runner,
    policyScores,
    { policyId: policy.id, source: { kind: 'rule', rule: policy.rule }, requireConsent: false },
    ctx.signal,
  );
  const notes = candidates === 0 ? ['No eligible person matches the rule.'] : [];
  return { scoreKey: scoreKey(policy.id), candidates, notes };
}

/**
 * `rules`: demographic/interest targeting by predicates. Uses no personal-data model, so it may
 * reach people without consent; random among the matches when more match than the budget.
 */
import { scoreKey } from '../engine/store-keys';
import type { Policy } from '../scenario/types';
import type { PolicyContext, ScoredPolicy } from './context';

type RulesPolicy = Extract<Policy, { type: 'rules' }>;

export async function scoreRules(ctx: PolicyContext, policy: RulesPolicy): Promise<ScoredPolicy> {
  const parts = await ctx.runner.map(
    'policyScores',
    { policyId: policy.id, source: { kind: 'rule', rule: policy.rule }, requireConsent: false },
    ctx.signal,
  );
  const candidates = parts.reduce((a, p) => a + p.candidates, 0);
  const notes = candidates === 0 ? ['No eligible person matches the rule.'] : [];
  return { scoreKey: scoreKey(policy.id), candidates, notes };
}

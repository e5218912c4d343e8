/**
 * `propensity`: logistic regression of the past campaign's recorded conversions (HISTORY_LABEL)
 * on the people it reached, then top-k by predicted conversion. Whatever the history got wrong —
 * who it reached, whose conversions it recorded — the model learns.
 */
import { scoreKey } from '../engine/store-keys';
import type { Policy } from '../scenario/types';
import type { PolicyContext, ScoredPolicy } from './context';
import { policyFeatures } from './features';
import { fitPolicyModel } from './fit-model';

type PropensityPolicy = Extract<Policy, { type: 'propensity' }>;

export async function scorePropensity(ctx: PolicyContext, policy: PropensityPolicy): Promise<ScoredPolicy> {
  const fitted = await fitPolicyModel(ctx, {
    policyId: policy.id,
    features: policyFeatures(ctx.scenario, policy),
    l2: policy.l2,
    target: 'conversion',
    training: { kind: 'history', label: 'recorded' },
  });
  const parts = await ctx.runner.map(
    'policyScores',
    { policyId: policy.id, source: { kind: 'model', probKey: fitted.probKey, perPrice: false }, requireConsent: true },
    ctx.signal,
  );
  return {
    scoreKey: scoreKey(policy.id),
    probKey: fitted.probKey,
    candidates: parts.reduce((a, p) => a + p.candidates, 0),
    notes: fitted.notes,
    model: fitted.model,
  };
}

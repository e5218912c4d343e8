/**
 * `propensity`: logistic regression of the past campaign's recorded conversions (HISTORY_LABEL)
 * on the people it reached, then top-k by predicted conversion. Whatever the history got wrong —
 * who it reached, whose conversions it recorded — the model learns.
 */
import type { Policy } from '../scenario/types';
import type { PolicyContext, ScoredPolicy } from './context';
import { policyFeatures } from './features';
import { fitPolicyModel, scoreWithModel } from './fit-model';

type PropensityPolicy = Extract<Policy, { type: 'propensity' }>;

export async function scorePropensity(ctx: PolicyContext, policy: PropensityPolicy): Promise<ScoredPolicy> {
  const fitted = await fitPolicyModel(ctx, {
    policyId: policy.id,
    features: policyFeatures(ctx.scenario, policy),
    l2: policy.l2,
    target: 'conversion',
    training: { kind: 'history', label: 'recorded' },
  });
  return scoreWithModel(ctx, policy.id, fitted, false);
}

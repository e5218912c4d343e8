/**
 * `delivery`: a platform's auction delivery. It fits a click model (or a conversion model with
 * `objective: 'conversion'`) on the history and spends the budget on the most predicted clicks per
 * unit price: score = p̂ / price. Even with neutral targeting, groups that are dearer to reach
 * (competing advertisers bid more for them) or predicted to click less are reached less.
 */
import type { Policy } from '../scenario/types';
import type { PolicyContext, ScoredPolicy } from './context';
import { policyFeatures } from './features';
import { fitPolicyModel, scoreWithModel } from './fit-model';

type DeliveryPolicy = Extract<Policy, { type: 'delivery' }>;

export async function scoreDelivery(ctx: PolicyContext, policy: DeliveryPolicy): Promise<ScoredPolicy> {
  const click = policy.objective === 'click';
  const fitted = await fitPolicyModel(ctx, {
    policyId: policy.id,
    features: policyFeatures(ctx.scenario, policy),
    l2: policy.l2,
    target: click ? 'click' : 'conversion',
    training: { kind: 'history', label: click ? 'click' : 'recorded' },
  });
  return scoreWithModel(ctx, policy.id, fitted, true);
}

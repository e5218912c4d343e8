/**
 * `lookalike`: logistic regression of a seed audience (by default the history's recorded
 * converters, "our customers"; or the people matching `seedRule`) against a random sample of
 * `sampleSize` people, then top-k by predicted seed membership. Without protected attributes it
 * still reproduces the seed's skew wherever a feature is a proxy for one.
 */
import { SEED_AUDIENCE, seedKey } from '../engine/store-keys';
import { policySeedMask } from './seed-mask';
import type { Policy } from '../scenario/types';
import type { PolicyContext, ScoredPolicy } from './context';
import { policyFeatures } from './features';
import { fitPolicyModel, scoreWithModel } from './fit-model';

type LookalikePolicy = Extract<Policy, { type: 'lookalike' }>;

export { seedKey } from '../engine/store-keys';

export async function scoreLookalike(ctx: PolicyContext, policy: LookalikePolicy): Promise<ScoredPolicy> {
  let seedMask = SEED_AUDIENCE;
  if (policy.seedRule) {
    seedMask = seedKey(policy.id);
    await ctx.runner.map(policySeedMask, { key: seedMask, rule: policy.seedRule }, ctx.signal);
  }
  const fitted = await fitPolicyModel(ctx, {
    policyId: policy.id,
    features: policyFeatures(ctx.scenario, policy),
    l2: policy.l2,
    target: 'seed',
    training: { kind: 'seed', seedKey: seedMask, sampleSize: policy.sampleSize },
  });
  return scoreWithModel(ctx, policy.id, fitted, false);
}

/**
 * `lookalike`: logistic regression of a seed audience (by default the history's recorded
 * converters, "our customers"; or the people matching `seedRule`) against a random sample of
 * `sampleSize` people, then top-k by predicted seed membership. Without protected attributes it
 * still reproduces the seed's skew wherever a feature is a proxy for one.
 */
import { WithoutConsent } from '../../scenario/schema-consent';
import { z } from 'zod';
import { Rule } from '../../scenario/schema-rule';
import { features, l2, modelFields, policyBase, useProtected } from './common';
import { definePolicyType } from './descriptor';

export const lookalike = definePolicyType({
  type: 'lookalike',
  schema: z.strictObject({
    ...policyBase,
    type: z.literal('lookalike'),
    features: features(),
    useProtected: useProtected(),
    seedRule: Rule.optional().describe('The seed audience; default: the recorded converters of the history.'),
    sampleSize: z.number().int().positive().max(1_000_000).default(20_000).describe('Size of the random comparison sample.'),
    l2: l2(),
    withoutConsent: WithoutConsent.optional(),
  }),
  label: 'Lookalike audience',
  summary: 'Reaches the people who look most like a seed audience (by default, past converters).',
  usesPersonalData: true,
  learned: true,
  score: async (kit, policy) => {
    const seedKey = await kit.seedAudience(policy.seedRule);
    const training = { kind: 'seed' as const, seedKey, sampleSize: policy.sampleSize };
    return kit.fitAndScore({ features: kit.features(policy), l2: policy.l2, target: 'seed', training, perPrice: false });
  },
  references: (policy, kit) => {
    kit.features(policy.features, policy.useProtected, ['features']);
    if (policy.seedRule) kit.rule(policy.seedRule, ['seedRule']);
  },
  editor: modelFields([
    { kind: 'number', key: 'sampleSize', label: 'Comparison sample (people)', help: 'How many random people the seed audience is compared with when learning what “looks like” it.', min: 1, step: 1000 },
  ]),
});

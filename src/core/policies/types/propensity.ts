/**
 * `propensity`: logistic regression of the past campaign's recorded conversions (HISTORY_LABEL)
 * on the people it reached, then top-k by predicted conversion. Whatever the history got wrong —
 * who it reached, whose conversions it recorded — the model learns.
 */
import { WithoutConsent } from '../../scenario/schema-consent';
import { z } from 'zod';
import { features, l2, modelFields, policyBase, useProtected } from './common';
import { definePolicyType } from './descriptor';

export const propensity = definePolicyType({
  type: 'propensity',
  schema: z.strictObject({
    ...policyBase,
    type: z.literal('propensity'),
    features: features().describe('Attributes the model sees (default: every attribute it may use).'),
    useProtected: useProtected(),
    l2: l2(),
    withoutConsent: WithoutConsent.optional(),
  }),
  label: 'Propensity model',
  summary: 'A model trained on the past campaign predicts who converts; the highest predictions are reached.',
  usesPersonalData: true,
  learned: true,
  score: (kit, policy) =>
    kit.fitAndScore({ features: kit.features(policy), l2: policy.l2, target: 'conversion', training: { kind: 'history', label: 'recorded' }, perPrice: false }),
  references: (policy, kit) => kit.features(policy.features, policy.useProtected, ['features']),
  editor: modelFields(),
});

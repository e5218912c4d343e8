/**
 * `delivery`: a platform's auction delivery. It fits a click model (or a conversion model with
 * `objective: 'conversion'`) on the history and spends the budget on the most predicted clicks per
 * unit price: score = p̂ / price. Even with neutral targeting, groups that are dearer to reach
 * (competing advertisers bid more for them) or predicted to click less are reached less.
 */
import { WithoutConsent } from '../../scenario/schema-consent';
import { z } from 'zod';
import { features, l2, modelFields, policyBase, useProtected } from './common';
import { definePolicyType } from './descriptor';

export const delivery = definePolicyType({
  type: 'delivery',
  schema: z.strictObject({
    ...policyBase,
    type: z.literal('delivery'),
    features: features(),
    useProtected: useProtected(),
    objective: z.enum(['click', 'conversion']).default('click').describe('What the platform optimises: predicted clicks (default) or conversions, per unit price.'),
    l2: l2(),
    withoutConsent: WithoutConsent.optional(),
  }),
  label: 'Platform delivery',
  summary: 'What an ad platform does: predicted clicks (or conversions) per unit price, cheapest results first.',
  usesPersonalData: true,
  learned: true,
  score: (kit, policy) => {
    const click = policy.objective === 'click';
    return kit.fitAndScore({
      features: kit.features(policy),
      l2: policy.l2,
      target: click ? 'click' : 'conversion',
      training: { kind: 'history', label: click ? 'click' : 'recorded' },
      perPrice: true,
    });
  },
  references: (policy, kit) => kit.features(policy.features, policy.useProtected, ['features']),
  editor: modelFields([
    { kind: 'choice', key: 'objective', label: 'What the platform optimises', help: 'Clicks (the default, as most platforms do) or conversions; either way per unit price.', choices: [{ value: 'click', label: 'clicks' }, { value: 'conversion', label: 'conversions' }] },
  ]),
});

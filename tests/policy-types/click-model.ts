/**
 * A new policy type, as a developer would add one: this one file, plus one entry (and its import)
 * in src/core/policies/types/index.ts. Test-only: the tests add the entry themselves (see
 * new-policy-type.test.ts and new-policy-type-cli.test.ts), so the shipped app does not offer it.
 *
 * `click-model`: a model of the history's clicks, then top-k by predicted click — a platform that
 * ignores prices (unlike `delivery`, which ranks by predicted clicks per unit price).
 */
import { z } from 'zod';
import { finite } from '../../src/core/scenario/schema-fields';
import { features, modelFields, policyBase, useProtected } from '../../src/core/policies/types/common';
import { definePolicyType } from '../../src/core/policies/types/descriptor';

export const clickModel = definePolicyType({
  type: 'click-model',
  schema: z.strictObject({
    ...policyBase,
    type: z.literal('click-model'),
    features: features(),
    useProtected: useProtected(),
    // Its own default (the editor's placeholder must come from here, not from the other types).
    l2: finite().min(0).max(1e6).default(4),
  }),
  label: 'Click model (no prices)',
  summary: 'A model of past clicks picks the people most likely to click, whatever they cost.',
  usesPersonalData: true,
  learned: true,
  score: (kit, policy) =>
    kit.fitAndScore({ features: kit.features(policy), l2: policy.l2, target: 'click', training: { kind: 'history', label: 'click' }, perPrice: false }),
  references: (policy, kit) => kit.features(policy.features, policy.useProtected, ['features']),
  editor: modelFields(),
});

/** The line a developer adds to the list in the index (with `import { clickModel } from …`). */
export const INDEX_LINE = '  clickModel,';

/**
 * `rules`: demographic/interest targeting by predicates. Uses no personal-data model, so it may
 * reach people without consent; random among the matches when more match than the budget.
 */
import { z } from 'zod';
import { Rule } from '../../scenario/schema-rule';
import { policyBase } from './common';
import { definePolicyType } from './descriptor';

export const rules = definePolicyType({
  type: 'rules',
  schema: z.strictObject({ ...policyBase, type: z.literal('rules'), rule: Rule }),
  label: 'Rules',
  summary: 'Reaches the people a hand-written targeting rule picks.',
  usesPersonalData: false,
  learned: false,
  score: (kit, policy) => kit.draw({ rule: policy.rule, noneNote: 'No eligible person matches the rule.' }),
  references: (policy, kit) => kit.rule(policy.rule, ['rule']),
  editor: [{ kind: 'rule', key: 'rule', label: 'Targeting rule' }],
});

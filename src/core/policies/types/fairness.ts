/**
 * `fairness`: a constraint wrapped around a learned policy. It reuses the base policy's model and
 * scores and changes only who is selected within the budget (policies/fairness.ts runs it). Its
 * schema, references and editor fields are built from the constraints' descriptors.
 */
import { z } from 'zod';
import { id } from '../../scenario/schema-fields';
import { CONSTRAINTS } from '../constraints';
import type { ConstraintDescriptor, ConstraintName } from '../constraints';
import { policyBase } from './common';
import { definePolicyType } from './descriptor';
import type { EditorField } from './editor-fields';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type ConstraintOptions = UnionToIntersection<(typeof CONSTRAINTS)[number]['options']>;

const byName = new Map<string, ConstraintDescriptor>(CONSTRAINTS.map((c) => [c.name, c as unknown as ConstraintDescriptor]));
const names = CONSTRAINTS.map((c) => c.name) as unknown as [ConstraintName, ...ConstraintName[]];
const options = Object.assign({}, ...CONSTRAINTS.map((c) => c.options)) as ConstraintOptions;

/** An option no default fills (e.g. `thresholds`): set in a policy of another constraint, it is a mistake. */
const optionalOnly = CONSTRAINTS.flatMap((c) =>
  Object.entries(c.options as Record<string, z.ZodType>)
    .filter(([, schema]) => {
      const r = schema.safeParse(undefined);
      return r.success && r.data === undefined;
    })
    .map(([key]) => ({ key, owner: c.name })),
);

export const fairness = definePolicyType({
  type: 'fairness',
  schema: z.strictObject({
    ...policyBase,
    type: z.literal('fairness'),
    base: id().describe('Id of the scoring policy (propensity, lookalike or delivery) this constraint wraps.'),
    constraint: z.enum(names),
    attribute: id().describe('The categorical attribute whose groups the constraint balances.'),
    ...options,
  }),
  label: 'Fairness-constrained',
  summary: 'Takes the scores of another policy and adjusts who is reached so that groups are balanced.',
  usesPersonalData: true,
  learned: true,
  references: (policy, kit) => {
    const base = kit.policy(policy.base);
    if (!base) kit.add(['base'], `unknown policy "${policy.base}"`);
    // A base of an unknown type already has its own error; saying more would only confuse.
    else if (kit.wraps(base.type) === false)
      kit.add(['base'], `"${policy.base}" is a ${base.type} policy; a fairness constraint wraps a scoring policy (${kit.wrappable})`);
    const groups = kit.categorical(policy.attribute, ['attribute']);
    const record = policy as unknown as Record<string, unknown>;
    for (const { key, owner } of optionalOnly)
      if (owner !== policy.constraint && record[key] !== undefined) kit.add([key], `is only read by the ${owner} constraint (this one is ${policy.constraint})`);
    byName.get(policy.constraint)?.references?.(policy, groups, kit);
  },
  editor: [
    { kind: 'learned-policy', key: 'base', label: 'Starts from the scores of', help: 'The learned policy whose scores this one re-ranks (it wraps that policy).', relabels: true },
    { kind: 'choice', key: 'constraint', label: 'Fairness rule', help: 'What “balanced” means for the groups below.', choices: CONSTRAINTS.map((c) => ({ value: c.name, label: c.label })), relabels: true },
    { kind: 'categorical-attribute', key: 'attribute', label: 'Balance the groups of', help: 'The attribute whose groups the fairness rule balances.', relabels: true },
    ...CONSTRAINTS.flatMap((c) => c.editor.map((f): EditorField => ({ ...f, when: { key: 'constraint', is: c.name } }))),
  ],
});

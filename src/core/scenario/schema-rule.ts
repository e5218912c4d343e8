/**
 * Rules: who matches a set of predicates (eligibility, the history's targeting, rules policies,
 * lookalike seeds). A file of its own so the policy types' descriptors can use it without the
 * whole scenario schema (which is built from them).
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { finite, id } from './schema-fields';

export const Predicate = z.union([
  z.strictObject({ attribute: id(), in: z.array(id()).min(1).max(LIMITS.categories) }),
  z.strictObject({ attribute: id(), min: finite().optional(), max: finite().optional() }),
]);

/** A person matches when every `include` predicate holds and no `exclude` predicate does. */
export const Rule = z.strictObject({
  include: z.array(Predicate).max(LIMITS.predicates).default([]),
  exclude: z.array(Predicate).max(LIMITS.predicates).default([]),
});

export type Rule = z.output<typeof Rule>;

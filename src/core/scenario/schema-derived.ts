/**
 * Derived attributes (issue 15): categorical columns worked out from other attributes after the
 * people are generated, without any effect on how they are generated.
 *
 * - `inferred`: a BISG-style estimate of an attribute from proxies (surname, geography), the
 *   posterior computed from the scenario's own conditional tables — what an auditor who cannot
 *   see the attribute would use. The audit and fairness constraints can use it like any other
 *   attribute, and the results report its error against the truth.
 * - `joint`: the combinations of two or three attributes as one attribute (sex × estimated race),
 *   so that a constraint balances them together.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { id, label } from './schema-fields';

export const InferredAttribute = z.strictObject({
  kind: z.literal('inferred'),
  id: id(),
  label: label().optional(),
  of: id().describe('The categorical attribute being estimated (e.g. race); the estimate has its categories.'),
  from: z.array(id()).min(1).max(4).describe('The categorical proxies the estimate sees (e.g. surname, geography).'),
  assign: z
    .enum(['map', 'sample'])
    .default('map')
    .describe('map: each person gets the most probable category (ties to the first); sample: a category drawn from their posterior.'),
});

export const JointAttribute = z.strictObject({
  kind: z.literal('joint'),
  id: id(),
  label: label().optional(),
  of: z.array(id()).min(2).max(3).describe('Two or three categorical attributes (or earlier derived ones); the groups are their combinations, "a|b".'),
});

export const DerivedAttribute = z.discriminatedUnion('kind', [InferredAttribute, JointAttribute]);

export const Derived = z
  .array(DerivedAttribute)
  .max(LIMITS.derived, `at most ${LIMITS.derived} derived attributes`)
  .describe('Attributes worked out after generation: inferred (BISG-style) estimates and joint attributes; the audit and fairness constraints may use them.');

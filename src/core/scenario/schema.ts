/**
 * The scenario file format, version 1, as a zod schema. This is the single source of truth: the
 * TypeScript types are inferred from it and `scenarios/scenario.schema.json` is generated from it.
 *
 * The schema checks shapes, ranges and caps. Cross-references (an attribute named in `given`, a
 * category named in an effect, a policy named as a fairness base) are checked in `references.ts`,
 * which sees the whole document.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { NUMBER_BOUNDS as NB } from './number-bounds';
import { effect, finite, groupMapWithin, id, label, spread, within } from './schema-fields';
import { POLICY_DESCRIPTORS } from '../policies/types/index';
import { Rule } from './schema-rule';
import { Sweep } from './schema-sweep';
import { Market } from './schema-market';
import { Interactions, PriceInteractions } from './schema-interactions';
import { Derived } from './schema-derived';
import { countText } from '../text/counts';

export { ID_PATTERN } from './schema-fields';
export { Predicate, Rule } from './schema-rule';
export { Sweep, SweepParameter, SweepRange, SweepValue } from './schema-sweep';
export { Market } from './schema-market';
export { DerivedAttribute, InferredAttribute, JointAttribute } from './schema-derived';

export const FORMAT = 'fairground.scenario';
export const VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Population

export const Category = z.strictObject({
  id: id(),
  label: label().optional(),
});

/** Weights need not sum to 1; they are normalised. At least one must be positive. */
const weights = () =>
  z
    .array(finite().min(0, 'weights must not be negative').max(NB.weight, `must be at most ${NB.weight}`))
    .max(LIMITS.categories)
    .refine((w) => w.some((x) => x > 0), 'at least one weight must be positive');

const attributeBase = {
  id: id(),
  label: label().optional(),
  protected: z.boolean().default(false).describe('Protected attributes are what the audit slices by; models use them only when a policy says so.'),
  description: label().optional(),
};

export const CategoricalAttribute = z.strictObject({
  ...attributeBase,
  type: z.literal('categorical'),
  categories: z.array(Category).min(1).max(LIMITS.categories, `at most ${LIMITS.categories} categories`),
  weights: weights().optional().describe('Unconditional weights, one per category. Required unless `given` and `table` are set.'),
  given: z.array(id()).min(1).max(4).optional().describe('Earlier categorical attributes this one depends on (how proxies are made).'),
  table: z.record(z.string().max(LIMITS.idLength * 4), weights()).optional().describe('Parent category combination (`"a|b"`, in the order of `given`) → weights, one per category.'),
});

export const Distribution = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('normal'), mean: within(-NB.magnitude, NB.magnitude), sd: spread(NB.minSpread, NB.magnitude) }),
  /** `mu` and `sigma` of the underlying normal: the value is exp(N(mu, sigma)). */
  z.strictObject({ kind: z.literal('lognormal'), mu: within(-NB.logMean, NB.logMean), sigma: spread(NB.minSigma, NB.maxSigma) }),
  z.strictObject({ kind: z.literal('uniform'), min: within(-NB.magnitude, NB.magnitude), max: within(-NB.magnitude, NB.magnitude) }),
  z.strictObject({ kind: z.literal('beta'), alpha: spread(NB.betaShapeMin, NB.betaShapeMax), beta: spread(NB.betaShapeMin, NB.betaShapeMax) }),
]);

/** attribute id → category id → number. */
export const GroupMap = z.record(id(), z.record(id(), finite()));

export const NumericAttribute = z.strictObject({
  ...attributeBase,
  type: z.literal('numeric'),
  distribution: Distribution,
  /**
   * Per parent category, an additive shift of the latent mean: the mean of a normal, the log-mean
   * of a lognormal, the value of a uniform, the logit of a beta draw. Parents are earlier
   * categorical attributes.
   */
  shift: groupMapWithin(-NB.magnitude, NB.magnitude).optional(),
  digits: z.number().int().min(0).max(6).optional().describe('Decimal places kept when exporting; generation keeps full precision.'),
});

export const Attribute = z.discriminatedUnion('type', [CategoricalAttribute, NumericAttribute]);

export const Population = z.strictObject({
  size: z
    .number()
    .int('must be a whole number of people')
    .positive('must be at least 1')
    .max(LIMITS.populationSize, `must be at most ${countText(LIMITS.populationSize)} people`),
  attributes: z.array(Attribute).min(1).max(LIMITS.attributes, `at most ${LIMITS.attributes} attributes`),
});

// ---------------------------------------------------------------------------------------------
// Behaviour

/**
 * Effects on a logit: a numeric attribute maps to a coefficient per standard deviation of its base
 * distribution; a categorical attribute maps each category to an additive effect (missing = 0).
 */
export const Effects = z.record(id(), z.union([effect(), z.record(id(), effect())]));

const logistic = (base: number) =>
  z.strictObject({
    base: finite().gt(0).lt(1).default(base).describe('The rate at zero effects.'),
    effects: Effects.default({}),
    interactions: Interactions.optional(),
  });

export const Behaviour = z.strictObject({
  conversion: logistic(0.05),
  click: logistic(0.05).prefault({}),
  price: z
    .strictObject({
      base: within(NB.priceBaseMin, NB.priceBaseMax).default(1).describe('Market cost to reach one average person, in the campaign\'s currency.'),
      multipliers: groupMapWithin(NB.multiplierMin, NB.multiplierMax, ' (a price multiplier)').default({}).describe('attribute → category → multiplier (competing advertisers bid more for some groups).'),
      noise: finite().min(0).max(3).default(0).describe('Sigma of mean-one log-normal noise on each person\'s price.'),
      interactions: PriceInteractions.optional(),
    })
    .prefault({}),
  consent: z
    .strictObject({
      base: finite().gt(0).max(1).default(1).describe('Share of people who allow personal-data targeting at zero effects (1 = everyone).'),
      effects: Effects.default({}),
      interactions: Interactions.optional(),
    })
    .prefault({}),
  observation: z
    .strictObject({
      noise: finite().min(0).max(10).default(0).describe('Noise SD on every numeric feature a model sees, in SDs of the feature\'s base distribution.'),
      extra: groupMapWithin(0, NB.extraNoise, ' (extra noise in SDs)').default({}).describe('attribute → category → extra noise SD added for people in that group (worse data).'),
    })
    .prefault({}),
});

// ---------------------------------------------------------------------------------------------
// Rules (eligibility, historical targeting, rules policies): schema-rule.ts

// ---------------------------------------------------------------------------------------------
// History

export const History = z.strictObject({
  size: z.number().int().positive().describe('People reached by the past campaign (exactly this many; overflow and shortfall at random).'),
  rule: Rule.prefault({}).describe('Who the past campaign targeted: matches first, then others at random if too few match.'),
  labelBias: GroupMap.default({}).describe('attribute → category → probability that a converter in that group is recorded as one.'),
});

// ---------------------------------------------------------------------------------------------
// Campaign

export const Budget = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('reach'),
      people: z.number().int().positive().optional().describe('How many people to reach. Give this or `share`.'),
      // Budget as a share of eligible people (issue 12): the campaign keeps its shape when the
      // population size changes. Resolved by the engine, see `resolveBudget` in core/policies/budget.ts.
      share: finite().gt(0, 'must be more than 0').max(1, 'must be at most 1 (everyone eligible)').optional()
        .describe('Share of the eligible people to reach, 0–1 (0.1 = 10%). Give this or `people`; the engine rounds share × eligible to the nearest person.'),
    })
    .superRefine((b, ctx) => {
      if ((b.people === undefined) === (b.share === undefined))
        ctx.addIssue({ code: 'custom', path: b.people === undefined ? ['share'] : ['people'], message: b.people === undefined ? 'a reach budget needs "people" (a number of people) or "share" (of the eligible, 0–1)' : 'give either "people" or "share", not both' });
    }),
  z.strictObject({ kind: z.literal('spend'), amount: finite().positive() }),
]);

export const Campaign = z.strictObject({
  budget: Budget,
  eligibility: Rule.prefault({}),
  offer: z.enum(['opportunity', 'risk']).default('opportunity').describe('`opportunity` (a job, credit, housing: exclusion is the harm) or `risk` (over-targeting is).'),
});

// ---------------------------------------------------------------------------------------------
// Policies: one descriptor per type (policies/types/), each with its own part of the schema; the
// union is built from the list of descriptors. References are checked in `references.ts`.

type SchemasOf<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K] extends { schema: infer S } ? S : never };
type PolicySchemas = SchemasOf<typeof POLICY_DESCRIPTORS>;

export const Policy = z.discriminatedUnion('type', POLICY_DESCRIPTORS.map((d) => d.schema) as unknown as PolicySchemas);

// ---------------------------------------------------------------------------------------------
// Audit

export const Audit = z.strictObject({
  attributes: z.array(id()).max(LIMITS.attributes).optional().describe('Categorical attributes to slice by (default: every protected categorical attribute).'),
  intersections: z.array(z.array(id()).min(2).max(3)).max(LIMITS.intersections).default([]).describe('Combinations of two or three attributes audited together.'),
  metric: z
    .enum(['representationRatio', 'disparateImpact', 'impactRatio'])
    .default('representationRatio')
    .describe('The metric the verdict reads: representationRatio (SR / overall SR), disparateImpact (SR / reference SR) or impactRatio (SR / highest SR in the slice: the four-fifths rule).'),
  band: z
    .strictObject({ low: finite().gt(0).lt(1).default(0.8), high: finite().gt(1).default(1.25) })
    .prefault({}),
  /**
   * Reference group for disparate impact and differences: `largest` (default), `overall` (the
   * overall rate), or per attribute a named category (`{ "gender": "m" }`; others use largest).
   */
  reference: z.union([z.enum(['largest', 'overall']), z.record(id(), id())]).default('largest'),
  minGroupSize: z.number().int().min(1).default(30).describe('Groups with fewer people are flagged and not judged.'),
  minCount: z.number().int().min(1).default(5).describe('A rate needs at least this many in its denominator to be judged.'),
  replicates: z.number().int().min(1).max(LIMITS.replicates).default(1).describe('Runs with seeds derived from the scenario seed; metrics carry their spread, and learned policies\' verdicts come from the replicates (the model\'s own noise).'),
  // Statistics of verdicts (issue 11).
  multiplicity: z
    .enum(['holm', 'bh', 'none'])
    .default('holm')
    .describe('Control across a policy\'s cells: holm (default; family-wise error 5%), bh (Benjamini–Hochberg false discovery rate 5%) or none.'),
});

// ---------------------------------------------------------------------------------------------
// Presets: narrative and claims

export const Narrative = z.strictObject({
  summary: z.string().max(LIMITS.labelLength),
  mechanism: z.string().max(LIMITS.labelLength).optional(),
  lookAt: z.string().max(4000).default(''),
  questions: z.array(z.string().max(1000)).max(10).default([]),
});

/**
 * "women's representation ratio under delivery < 0.85": a group metric of one policy (or, without
 * `attribute`, a policy total such as `costPerConversion`) lies within [min, max].
 */
export const Claim = z.strictObject({
  text: z.string().max(1000),
  policy: id(),
  metric: id(),
  attribute: id().optional(),
  group: z.string().max(LIMITS.idLength * 4).optional(),
  min: finite().optional(),
  max: finite().optional(),
});

// ---------------------------------------------------------------------------------------------
// The file

export const Scenario = z.strictObject({
  $schema: z.string().max(500).optional(),
  format: z.literal(FORMAT, { error: `must be "${FORMAT}"` }),
  version: z.literal(VERSION),
  name: z.string().min(1).max(LIMITS.nameLength),
  description: z.string().max(LIMITS.descriptionLength).default(''),
  seed: z.union([z.string().min(1).max(LIMITS.idLength), z.number().int().safe()]),
  population: Population,
  derived: Derived.optional(),
  behaviour: Behaviour,
  history: History,
  campaign: Campaign,
  policies: z.array(Policy).min(1).max(LIMITS.policies, `at most ${LIMITS.policies} policies`),
  audit: Audit.prefault({}),
  narrative: Narrative.optional().describe('For presets: a short summary, what to look at, and questions for a workshop (markdown).'),
  claims: z.array(Claim).max(32).optional().describe('Checkable statements about this scenario\'s results; a test runs every preset\'s claims.'),
  sweep: Sweep.optional().describe('A grid of what-ifs over this scenario, run by `fairground sweep` and the app\'s sweep panel (docs/sweeps.md).'),
  market: Market.optional().describe('An ad market over rounds: sessions, competing advertisers, budgets and bids, creatives (src/core/market). Absent: one round, as before.'),
});

/**
 * A fast-check arbitrary of scenarios that validate: random structure, ids drawn partly from the
 * names on Object.prototype, and numbers drawn from the edges of what the schema accepts. Sizes are
 * small (a few hundred people) so a property runs in seconds.
 */
import fc from 'fast-check';
import { NUMBER_BOUNDS as NB } from '../../src/core/scenario/number-bounds';
import { prototypeIds } from './hostile-scenarios';

type Json = Record<string, unknown>;

const idPool = [...prototypeIds(), 'a', 'b', 'c', 'f', 'm', 'x1', 'group_2'];
const extremeEffect = fc.constantFrom(-NB.effect, NB.effect, 0, 1e-300, -7.5);
const weight = fc.constantFrom(0, 1, 5e-324, NB.weight, 3);

const distribution: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ kind: fc.constant('normal'), mean: fc.constantFrom(-NB.magnitude, 0, NB.magnitude), sd: fc.constantFrom(NB.minSpread, 1, NB.magnitude) }),
  fc.record({ kind: fc.constant('lognormal'), mu: fc.constantFrom(-NB.logMean, 0, 10), sigma: fc.constantFrom(NB.minSigma, 0.5, 2) }),
  fc.record({ kind: fc.constant('uniform'), min: fc.constantFrom(-NB.magnitude, 0), max: fc.constantFrom(NB.minSpread, NB.magnitude) }),
  fc.record({ kind: fc.constant('beta'), alpha: fc.constantFrom(NB.betaShapeMin, 1, NB.betaShapeMax), beta: fc.constantFrom(NB.betaShapeMin, 2, NB.betaShapeMax) }),
);

/** 1–3 categorical attributes (2–4 categories each) and 0–2 numeric ones; ids unique within their list. */
const attributes = fc
  .record({
    categorical: fc.uniqueArray(fc.constantFrom(...idPool), { minLength: 1, maxLength: 3 }),
    numeric: fc.array(distribution, { maxLength: 2 }),
    categories: fc.array(fc.uniqueArray(fc.constantFrom(...idPool), { minLength: 2, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    weights: fc.array(weight, { minLength: 4, maxLength: 4 }),
    effects: fc.array(extremeEffect, { minLength: 4, maxLength: 4 }),
  })
  .map(({ categorical, numeric, categories, weights, effects }) => {
    const cats = categorical.map((id, i) => ({
      id,
      type: 'categorical',
      protected: i === 0,
      categories: (categories[i] ?? ['p', 'q']).map((c) => ({ id: c })),
      // At least one positive weight per attribute.
      weights: (categories[i] ?? ['p', 'q']).map((_, k) => (k === 0 ? 1 : (weights[k] ?? 1))),
    }));
    const first = cats[0]!;
    const shiftFor = (k: number) => ({ [first.id]: Object.fromEntries(first.categories.map((c, j) => [c.id, j === 0 ? 0 : (effects[k] ?? 0) / 10])) });
    const nums = numeric.map((d, k) => ({ id: `num${k}`, type: 'numeric', distribution: d, shift: shiftFor(k) }));
    const byCategory = (k: number) => Object.fromEntries(first.categories.map((c, j) => [c.id, j === k ? (effects[k] ?? 0) : -(effects[k] ?? 0)]));
    return { attributes: [...cats, ...nums], first, byCategory, numericIds: nums.map((n) => n.id) };
  });

export const validScenario: fc.Arbitrary<Json> = fc
  .record({
    attrs: attributes,
    size: fc.integer({ min: 150, max: 700 }),
    seed: fc.integer({ min: 0, max: 1e6 }),
    multiplier: fc.constantFrom(NB.multiplierMin, 1, NB.multiplierMax),
    priceBase: fc.constantFrom(NB.priceBaseMin, 4, NB.priceBaseMax),
    extra: fc.constantFrom(0, NB.extraNoise),
    noise: fc.constantFrom(0, 3),
    coefficient: extremeEffect,
    policies: fc.uniqueArray(fc.constantFrom('random', 'rules', 'propensity', 'lookalike', 'delivery'), { minLength: 1, maxLength: 3 }),
    fairness: fc.constantFrom(undefined, 'demographic-parity', 'min-representation', 'equal-opportunity', 'variance-reduction'),
    budget: fc.constantFrom('reach', 'spend'),
    l2: fc.constantFrom(0, 1, 1e6),
  })
  .map(({ attrs, size, seed, multiplier, priceBase, extra, noise, coefficient, policies, fairness, budget, l2 }) => {
    const numericEffects = Object.fromEntries(attrs.numericIds.map((id) => [id, coefficient]));
    const policyList: Json[] = policies.map((type) => {
      const base: Json = { id: `${type}`, type };
      if (type === 'rules') base.rule = { include: [{ attribute: attrs.first.id, in: [attrs.first.categories[0]!.id] }] };
      if (type === 'propensity' || type === 'lookalike' || type === 'delivery') Object.assign(base, { useProtected: true, l2 });
      if (type === 'lookalike') base.sampleSize = 100;
      return base;
    });
    const scoring = policies.find((t) => t === 'propensity' || t === 'lookalike' || t === 'delivery');
    if (fairness && scoring) policyList.push({ id: 'fair', type: 'fairness', base: scoring, constraint: fairness, attribute: attrs.first.id });
    return {
      format: 'fairground.scenario',
      version: 1,
      name: 'property',
      seed,
      population: { size, attributes: attrs.attributes },
      behaviour: {
        conversion: { base: 0.2, effects: { [attrs.first.id]: attrs.byCategory(1), ...numericEffects } },
        click: { base: 0.1, effects: { [attrs.first.id]: attrs.byCategory(0) } },
        price: { base: priceBase, multipliers: { [attrs.first.id]: { [attrs.first.categories[1]!.id]: multiplier } }, noise: 1 },
        consent: { base: 0.9, effects: { [attrs.first.id]: attrs.byCategory(1) } },
        observation: { noise, extra: { [attrs.first.id]: { [attrs.first.categories[0]!.id]: extra } } },
      },
      history: { size: Math.floor(size / 2), labelBias: { [attrs.first.id]: { [attrs.first.categories[0]!.id]: 0.5 } } },
      campaign: { budget: budget === 'reach' ? { kind: 'reach', people: Math.floor(size / 5) } : { kind: 'spend', amount: priceBase * size } },
      policies: policyList,
      audit: {
        attributes: attrs.attributes.filter((a) => a.type === 'categorical').map((a) => a.id),
        intersections: attrs.attributes.filter((a) => a.type === 'categorical').length >= 2 ? [[attrs.attributes[0]!.id, attrs.attributes[1]!.id]] : [],
        reference: { [attrs.first.id]: attrs.first.categories[1]!.id },
        minGroupSize: 1,
        minCount: 1,
      },
    };
  });

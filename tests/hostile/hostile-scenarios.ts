/**
 * Scenario files a hostile user might send: each passes (or used to pass) every shape check and
 * then asks for unbounded work, collides with Object.prototype or overflows. Built as plain JSON
 * values so a test can write them to files, links or the app.
 */
type Json = Record<string, unknown>;

/** A small valid scenario; every hostile one below is this with one part changed. */
export function baseScenario(): Json {
  return {
    format: 'fairground.scenario',
    version: 1,
    name: 'hostile base',
    seed: 'hostile',
    population: {
      size: 2000,
      attributes: [
        { id: 'gender', type: 'categorical', protected: true, categories: [{ id: 'f' }, { id: 'm' }], weights: [1, 1] },
        { id: 'income', type: 'numeric', distribution: { kind: 'normal', mean: 30, sd: 5 } },
      ],
    },
    behaviour: { conversion: { base: 0.1 } },
    history: { size: 500 },
    campaign: { budget: { kind: 'reach', people: 200 } },
    policies: [{ id: 'random', type: 'random' }, { id: 'propensity', type: 'propensity' }],
  };
}

function categories(prefix: string, k: number): { id: string }[] {
  return Array.from({ length: k }, (_, i) => ({ id: `${prefix}${i}` }));
}

/** Three 64-category attributes crossed in 16 intersections, 16 policies (the 4 KB file of issue 10). */
export function groupBomb(intersections = 16, policies = 16): Json {
  const s = baseScenario();
  const attrs = ['a', 'b', 'c'].map((id) => ({
    id,
    type: 'categorical',
    protected: true,
    categories: categories(id, 64),
    weights: Array<number>(64).fill(1),
  }));
  s.population = { size: 10_000_000, attributes: attrs };
  s.history = { size: 1000 };
  s.campaign = { budget: { kind: 'reach', people: 1000 } };
  s.policies = Array.from({ length: policies }, (_, i) => ({ id: `p${i}`, type: 'random' }));
  s.audit = { intersections: Array.from({ length: intersections }, () => ['a', 'b', 'c']) };
  return s;
}

/** A valid scenario of ten million people: the app must ask before running it. */
export function tenMillionPeople(): Json {
  const s = baseScenario();
  (s.population as Json).size = 10_000_000;
  return s;
}

/** Category ids that are names on Object.prototype. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/** Ids valid by the id pattern among PROTOTYPE_NAMES (`__proto__`, `constructor` are refused). */
export function prototypeIds(): string[] {
  return PROTOTYPE_NAMES.filter((n) => /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(n) && !['__proto__', 'constructor', 'prototype'].includes(n));
}

/** A conditional attribute whose parent has a category `toString`, and whose table lacks that row. */
export function toStringTableRowMissing(): Json {
  const s = baseScenario();
  const pop = s.population as { attributes: Json[] };
  pop.attributes = [
    { id: 'parent', type: 'categorical', protected: true, categories: [{ id: 'toString' }, { id: 'x' }], weights: [1, 1] },
    { id: 'child', type: 'categorical', categories: [{ id: 'u' }, { id: 'v' }], given: ['parent'], table: { x: [1, 1] } },
  ];
  return s;
}

/** A category `valueOf` that has effects in other attributes' maps only by omission. */
export function valueOfCategory(): Json {
  const s = baseScenario();
  const pop = s.population as { attributes: Json[] };
  pop.attributes = [
    { id: 'gender', type: 'categorical', protected: true, categories: [{ id: 'valueOf' }, { id: 'm' }], weights: [1, 1] },
    { id: 'income', type: 'numeric', distribution: { kind: 'normal', mean: 30, sd: 5 }, shift: { gender: { m: 1 } } },
  ];
  s.behaviour = {
    conversion: { base: 0.1, effects: { gender: { m: 0.2 } } },
    price: { multipliers: { gender: { m: 1.2 } } },
    observation: { extra: { gender: { m: 0.1 } } },
  };
  s.history = { size: 500, labelBias: { gender: { m: 0.8 } } };
  s.audit = { reference: { gender: 'm' } };
  return s;
}

/** Numbers that validated and then overflowed, one scenario each. */
export function overflowingScenarios(): { name: string; scenario: Json }[] {
  const numeric = (distribution: Json): Json => {
    const s = baseScenario();
    (s.population as { attributes: Json[] }).attributes[1] = { id: 'income', type: 'numeric', distribution };
    return s;
  };
  const effect = (e: number): Json => {
    const s = baseScenario();
    s.behaviour = { conversion: { base: 0.1, effects: { gender: { f: e } } } };
    return s;
  };
  return [
    { name: 'beta α = β = 5e-324', scenario: numeric({ kind: 'beta', alpha: 5e-324, beta: 5e-324 }) },
    { name: 'beta α = β = 1e308', scenario: numeric({ kind: 'beta', alpha: 1e308, beta: 1e308 }) },
    { name: 'uniform −1e308 … 1e308', scenario: numeric({ kind: 'uniform', min: -1e308, max: 1e308 }) },
    { name: 'conversion effect 1e308', scenario: effect(1e308) },
    { name: 'conversion effect −1e308', scenario: effect(-1e308) },
  ];
}

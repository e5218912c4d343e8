/**
 * Hand-built results for the report's unit tests: two policies (a base and a constrained one) over
 * one attribute with groups A (600 people), B (385) and C (15, under 2%), with selection rates set
 * per policy.
 */
import type { GroupRow, PolicyResult, PolicyType, Results } from '../../src/core/results/types';
import { scenarioHash } from '../../src/core/results/hash';
import { mustParseScenario, type Scenario } from '../../src/core/scenario';
import { fixture, row } from '../charts/fixture';

const SIZES = { a: 600, b: 385, c: 15 } as const;

function slice(reached: Record<keyof typeof SIZES, number>, verdicts: Partial<Record<keyof typeof SIZES, GroupRow['verdict']>> = {}) {
  const total = reached.a + reached.b + reached.c;
  return {
    attribute: 'g', kind: 'attribute' as const, attributes: ['g'], reference: 'a', mixDistance: null, ranking: [],
    groups: (Object.keys(SIZES) as (keyof typeof SIZES)[]).map((k) =>
      row({ attribute: 'g', group: k, label: `Group ${k.toUpperCase()}`, n: SIZES[k], reached: reached[k], total: 1000, totalReached: total, verdict: verdicts[k] ?? (k === 'c' ? 'too-small' : 'within') })),
  };
}

export function policyOf(id: string, reached: Record<keyof typeof SIZES, number>, type: PolicyType = 'propensity'): PolicyResult {
  const base = fixture().policies[1] as PolicyResult;
  return { ...base, id, label: `Policy ${id}`, type, slices: [slice(reached)], totals: { ...base.totals, reached: reached.a + reached.b + reached.c } };
}

/** `base` then `fixed`, with the given reach per group; offer as given. */
export function twoPolicies(base: Record<'a' | 'b' | 'c', number>, fixed: Record<'a' | 'b' | 'c', number>, offer: Results['offer'] = 'opportunity'): Results {
  return {
    ...fixture(),
    offer,
    attributes: [{ id: 'g', label: 'G', categories: [{ id: 'a', label: 'Group A' }, { id: 'b', label: 'Group B' }, { id: 'c', label: 'Group C' }] }],
    intersections: [],
    policies: [policyOf('base', base), policyOf('fixed', fixed, 'fairness')],
  };
}

/** A scenario that matches `twoPolicies`: attribute g (a, b, c), a propensity base and a parity fix. */
export function matchingScenario(name = 'Constructed levelling-down case'): Scenario {
  return mustParseScenario({
    format: 'fairground.scenario', version: 1, name, seed: 1,
    population: { size: 1000, attributes: [
      { id: 'g', label: 'G', type: 'categorical', protected: true, categories: [{ id: 'a', label: 'Group A' }, { id: 'b', label: 'Group B' }, { id: 'c', label: 'Group C' }], weights: [600, 385, 15] },
      { id: 'x', type: 'numeric', distribution: { kind: 'normal', mean: 0, sd: 1 } },
    ] },
    behaviour: { conversion: { base: 0.1 } },
    history: { size: 200 },
    campaign: { budget: { kind: 'reach', people: 100 } },
    policies: [
      { id: 'base', label: 'Policy base', type: 'propensity' },
      { id: 'fixed', label: 'Policy fixed', type: 'fairness', base: 'base', constraint: 'demographic-parity', attribute: 'g' },
    ],
  });
}

/** `twoPolicies` with the scenario hash of `scenario`, so `buildReport` accepts the pair. */
export function matchedResults(scenario: Scenario, results: Results): Results {
  return { ...results, scenario: { name: scenario.name, hash: scenarioHash(scenario) } };
}

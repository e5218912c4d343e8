/**
 * A BISG fixture whose posteriors are worked out by hand. race ∈ {a, b} with P(a) = 0.75;
 * surname and geography each depend on race only:
 *
 *   P(s1 | a) = 0.8, P(s1 | b) = 0.3;   P(g1 | a) = 0.6, P(g1 | b) = 0.2.
 *
 * P(a, s, g) = 0.75 · P(s|a) · P(g|a) and P(b, s, g) = 0.25 · P(s|b) · P(g|b):
 *
 *   cell    P(a,s,g)  P(b,s,g)  P(a | s,g)         most probable
 *   s1 g1   0.36      0.015     0.36/0.375 = 0.96  a
 *   s1 g2   0.24      0.06      0.24/0.30  = 0.80  a
 *   s2 g1   0.09      0.035     0.09/0.125 = 0.72  a
 *   s2 g2   0.06      0.14      0.06/0.20  = 0.30  b
 *
 * So the assigned estimate is right with probability 0.36 + 0.24 + 0.09 + 0.14 = 0.83, assigns
 * b to 20% of people where 25% are b, and never assigns b to anyone in g1.
 */
import type { Scenario, ScenarioInput } from '../../src/core/scenario';
import { mustParseScenario } from '../../src/core/scenario';

/** P(a | cell) by [surname code][geography code]. */
export const POSTERIOR_A = [
  [0.96, 0.8],
  [0.72, 0.3],
];

export function bisgScenario(size: number, extra: Partial<ScenarioInput> = {}): Scenario {
  return mustParseScenario({
    format: 'fairground.scenario',
    version: 1,
    name: 'BISG fixture',
    seed: 'bisg',
    population: {
      size,
      attributes: [
        { id: 'race', type: 'categorical', protected: true, categories: [{ id: 'a' }, { id: 'b' }], weights: [3, 1] },
        { id: 'sex', type: 'categorical', protected: true, categories: [{ id: 'f' }, { id: 'm' }], weights: [1, 1] },
        { id: 'surname', type: 'categorical', categories: [{ id: 's1' }, { id: 's2' }], given: ['race'], table: { a: [0.8, 0.2], b: [0.3, 0.7] } },
        { id: 'geo', type: 'categorical', categories: [{ id: 'g1' }, { id: 'g2' }], given: ['race'], table: { a: [0.6, 0.4], b: [0.2, 0.8] } },
      ],
    },
    derived: [{ kind: 'inferred', id: 'race_est', of: 'race', from: ['surname', 'geo'] }],
    behaviour: { conversion: { base: 0.05 } },
    history: { size: Math.min(size, 2000) },
    campaign: { budget: { kind: 'reach', people: size } },
    policies: [{ id: 'g1-only', type: 'rules', rule: { include: [{ attribute: 'geo', in: ['g1'] }] } }],
    audit: { attributes: ['race', 'race_est'] },
    ...extra,
  } as ScenarioInput);
}

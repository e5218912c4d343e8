import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario';

function base(policies: unknown[], extra: Record<string, unknown> = {}) {
  return {
    format: 'fairground.scenario',
    version: 1,
    name: 'validation',
    seed: 1,
    population: {
      size: 1000,
      attributes: [
        { id: 'gender', type: 'categorical', protected: true, categories: [{ id: 'f' }, { id: 'm' }], weights: [1, 1] },
        { id: 'income', type: 'numeric', distribution: { kind: 'normal', mean: 0, sd: 1 } },
      ],
    },
    behaviour: { conversion: { base: 0.05 } },
    history: { size: 100 },
    campaign: { budget: { kind: 'reach', people: 100 } },
    policies,
    ...extra,
  };
}

function issues(value: unknown): { path: string; message: string }[] {
  const r = parseScenario(value);
  return r.ok ? [] : r.issues;
}

describe('policy validation (parseScenario)', () => {
  it('parseScenario rejects a reach budget larger than the population', () => {
    const found = issues(base([{ id: 'r', type: 'random' }], { campaign: { budget: { kind: 'reach', people: 1001 } } }));
    expect(found).toContainEqual({ path: 'campaign.budget.people', message: 'is 1001 but the population has only 1000 people' });
  });

  it('parseScenario rejects a fairness wrapper around a random policy', () => {
    const found = issues(base([
      { id: 'r', type: 'random' },
      { id: 'f', type: 'fairness', base: 'r', constraint: 'demographic-parity', attribute: 'gender' },
    ]));
    expect(found.some((i) => i.path === 'policies[1].base' && i.message.includes('wraps a scoring policy'))).toBe(true);
  });

  it('parseScenario rejects a fairness wrapper around another fairness wrapper', () => {
    const found = issues(base([
      { id: 'p', type: 'propensity' },
      { id: 'f', type: 'fairness', base: 'p', constraint: 'demographic-parity', attribute: 'gender' },
      { id: 'g', type: 'fairness', base: 'f', constraint: 'demographic-parity', attribute: 'gender' },
    ]));
    expect(found.some((i) => i.path === 'policies[2].base')).toBe(true);
  });

  it('parseScenario rejects a fairness attribute that is numeric', () => {
    const found = issues(base([
      { id: 'p', type: 'propensity' },
      { id: 'f', type: 'fairness', base: 'p', constraint: 'demographic-parity', attribute: 'income' },
    ]));
    expect(found.some((i) => i.path === 'policies[1].attribute' && i.message.includes('numeric'))).toBe(true);
  });

  it('parseScenario rejects a variance-reduction tolerance of 0 or above 0.5', () => {
    for (const tolerance of [0, 0.6]) {
      const found = issues(base([
        { id: 'p', type: 'propensity' },
        { id: 'f', type: 'fairness', base: 'p', constraint: 'variance-reduction', attribute: 'gender', tolerance },
      ]));
      expect(found.some((i) => i.path === 'policies[1].tolerance')).toBe(true);
    }
  });

  it('parseScenario rejects a min-representation floor above 1', () => {
    const found = issues(base([
      { id: 'p', type: 'propensity' },
      { id: 'f', type: 'fairness', base: 'p', constraint: 'min-representation', attribute: 'gender', floor: 1.5 },
    ]));
    expect(found.some((i) => i.path === 'policies[1].floor')).toBe(true);
  });

  it('parseScenario rejects a protected feature unless useProtected is set', () => {
    const found = issues(base([{ id: 'p', type: 'propensity', features: ['gender'] }]));
    expect(found).toContainEqual({ path: 'policies[0].features[0]', message: '"gender" is protected; set useProtected: true to let the model use it' });
    expect(issues(base([{ id: 'p', type: 'propensity', features: ['gender'], useProtected: true }]))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import defaultScenario from '../../scenarios/default.json';
import { autoFairnessLabel, policyOfType } from '../../src/ui/editor/policies-section';
import type { AttrLike } from '../../src/ui/editor/group-values';

type P = Record<string, unknown> & { id?: string; label?: string; type?: string };
const policies = structuredClone(defaultScenario.policies) as P[];
const attrs = structuredClone(defaultScenario.population.attributes) as unknown as AttrLike[];

describe('names of new policies', () => {
  it('a new fairness policy is named after what it wraps, its rule and the attribute it balances, never left empty', () => {
    const p = policyOfType('fairness', { id: 'fairness' }, policies, attrs);
    expect(p).toMatchObject({ id: 'fairness', type: 'fairness', base: 'propensity', constraint: 'demographic-parity', attribute: 'gender' });
    expect(p.label).toBe('Propensity model + demographic parity by Gender');
  });

  it('other new policies get their type in words, numbered when the name is taken; a given label is kept', () => {
    expect(policyOfType('delivery', { id: 'delivery-2' }, policies, attrs).label).toBe('Platform delivery');
    expect(policyOfType('propensity', { id: 'p2' }, policies, attrs).label).toBe('Propensity model 2');
    expect(policyOfType('random', { id: 'r', label: 'Mine' }, policies, attrs).label).toBe('Mine');
  });

  it('autoFairnessLabel follows a change of the constraint', () => {
    const p = { id: 'f', type: 'fairness', base: 'delivery', constraint: 'equal-opportunity', attribute: 'age' };
    expect(autoFairnessLabel(p, policies, attrs)).toBe('Platform delivery (clicks per price) + equal opportunity by Age band');
  });
});

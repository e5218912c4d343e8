import { describe, expect, it } from 'vitest';
import { POLICY_DESCRIPTORS } from '../../src/core/policies/types/catalogue';
import { isPersonalised } from '../../src/report/policy-words';
import { matchingScenario } from './fixtures';

describe('isPersonalised', () => {
  it('agrees with the consent rule of each scoring type, and a fairness policy follows its base', () => {
    const scenario = matchingScenario();
    const expected = { random: false, rules: false, propensity: true, lookalike: true, delivery: true };
    for (const { type, usesPersonalData } of POLICY_DESCRIPTORS.filter((d) => d.type !== 'fairness')) {
      expect(usesPersonalData, type).toBe(expected[type as keyof typeof expected]);
      expect(isPersonalised({ id: 'p', type } as Parameters<typeof isPersonalised>[0], scenario), type).toBe(usesPersonalData);
    }
    expect(isPersonalised(scenario.policies[1]!, scenario)).toBe(true);
  });
});

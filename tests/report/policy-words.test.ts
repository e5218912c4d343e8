import { describe, expect, it } from 'vitest';
import { POLICY_TYPES } from '../../src/core/policies/registry';
import { isPersonalised } from '../../src/report/policy-words';
import { matchingScenario } from './fixtures';

describe('isPersonalised', () => {
  it('agrees with the policy registry for every scoring type, and a fairness policy follows its base', () => {
    const scenario = matchingScenario();
    for (const [type, { personalised }] of Object.entries(POLICY_TYPES))
      expect(isPersonalised({ id: 'p', type } as Parameters<typeof isPersonalised>[0], scenario), type).toBe(personalised);
    expect(isPersonalised(scenario.policies[1]!, scenario)).toBe(true);
  });
});

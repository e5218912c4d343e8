/** Which attributes a learned policy's model sees. */
import type { Scenario } from '../scenario/types';

/**
 * The policy's own `features`, or by default every attribute it may use: all non-protected
 * attributes, plus the protected ones when `useProtected` is set.
 */
export function policyFeatures(scenario: Scenario, policy: { features?: string[]; useProtected: boolean }): string[] {
  if (policy.features) return policy.features;
  return scenario.population.attributes.filter((a) => policy.useProtected || !a.protected).map((a) => a.id);
}

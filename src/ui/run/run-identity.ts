/**
 * What a run depends on, as one string: two scenarios with the same key give the same numbers, so
 * an edit that keeps the key (ticking "all it may use" off and every feature on, editing the
 * story or the claims) needs no run. Left out: `$schema`, `description`, `narrative`, `claims`;
 * a learned policy's features are written out in full (the default is "every attribute it may use").
 */
import { canonicalJson } from '../../core/results/hash';
import { policyFeatures } from '../../core/policies/features';
import type { Scenario } from '../../core/scenario/types';

export function runIdentity(scenario: Scenario): string {
  const { $schema: _schema, description: _description, narrative: _narrative, claims: _claims, ...rest } = scenario;
  const policies = scenario.policies.map((p) => ('useProtected' in p ? { ...p, features: policyFeatures(scenario, p) } : p));
  return canonicalJson({ ...rest, policies });
}

/**
 * Lookups over the policy types of `index.ts`: by name, the names in order, and which types a
 * fairness constraint can wrap. Kept apart from the list so the list stays one line per type.
 */
import { POLICY_DESCRIPTORS } from './index';
import type { PolicyDescriptor } from './descriptor';

export { POLICY_DESCRIPTORS } from './index';
export type { PolicyDescriptor } from './descriptor';

/** The policy types' names, in order. */
export const POLICY_TYPES: readonly string[] = POLICY_DESCRIPTORS.map((d) => d.type);

const byType = new Map<string, PolicyDescriptor>(POLICY_DESCRIPTORS.map((d) => [d.type, d as unknown as PolicyDescriptor]));

/** The descriptor of a policy type; undefined for a name no type has. */
export function policyDescriptor(type: string): PolicyDescriptor | undefined {
  return byType.get(type);
}

/** Learned scoring types (they fit a model): what a fairness constraint can wrap, and what the what-ifs retrain. */
export function isLearnedScoring(type: string): boolean {
  const d = byType.get(type);
  return d !== undefined && d.learned && d.score !== undefined;
}

/** "propensity, lookalike or delivery" */
export function learnedScoringWords(): string {
  const names = POLICY_TYPES.filter(isLearnedScoring);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}

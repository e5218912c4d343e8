/**
 * Claims about an inferred attribute's error (presets, claims.ts): with `attribute` an inferred
 * attribute, the metrics `assignedRatio`, `posteriorRatio`, `assignedError`, `posteriorError` of a
 * group, or `accuracy` (no group) of the policy's reached, are read from `results.inferred`.
 */
import type { Results } from '../results/types';
import type { Claim } from '../scenario/types';

const GROUP_METRICS = ['assignedRatio', 'posteriorRatio', 'assignedError', 'posteriorError'] as const;
type GroupMetric = (typeof GROUP_METRICS)[number];

/** The claimed value, or undefined when the claim is not about an inferred attribute's error. */
export function inferredClaimValue(claim: Claim, results: Results): { value: number | null } | undefined {
  const report = results.inferred?.find((r) => r.attribute === claim.attribute);
  const policy = report?.policies.find((p) => p.policyId === claim.policy);
  if (!policy) return undefined;
  if (claim.group === undefined) return claim.metric === 'accuracy' ? { value: policy.accuracy } : undefined;
  if (!(GROUP_METRICS as readonly string[]).includes(claim.metric)) return undefined;
  const row = policy.groups.find((g) => g.group === claim.group);
  return row ? { value: row[claim.metric as GroupMetric] } : undefined;
}

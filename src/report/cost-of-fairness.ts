/** The cost of fairness: each constrained policy's totals against its base policy's. */
import type { PolicyResult, PolicyTotals, Results } from '../core/results/types';
import type { Scenario } from '../core/scenario/types';

export const COST_FIELDS = ['reached', 'expectedConversions', 'realisedConversions', 'cost', 'costPerConversion'] as const satisfies readonly (keyof PolicyTotals)[];

export type CostField = (typeof COST_FIELDS)[number];

export interface CostComparison {
  policy: PolicyResult;
  base: PolicyResult;
  /** Constrained − base, per field; null where either is undefined. */
  change: Record<CostField, number | null>;
}

/** Fairness policy id → the id of the policy it wraps. */
export function fairnessBases(scenario: Scenario): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of scenario.policies) if (p.type === 'fairness') out[p.id] = p.base;
  return out;
}

export function costComparisons(results: Results, bases: Readonly<Record<string, string>>): CostComparison[] {
  const out: CostComparison[] = [];
  for (const policy of results.policies) {
    const id = bases[policy.id];
    const base = id === undefined ? undefined : results.policies.find((p) => p.id === id);
    if (!base) continue;
    const change = {} as Record<CostField, number | null>;
    for (const f of COST_FIELDS) {
      const a = policy.totals[f];
      const b = base.totals[f];
      change[f] = a === null || b === null ? null : a - b;
    }
    out.push({ policy, base, change });
  }
  return out;
}

/** Small numeric helpers the constraints share. */
import type { SelectionBudget } from '../../selection/request';

/** Total budget in its own unit: people for reach budgets, money for spend budgets. */
export function budgetAmount(budget: SelectionBudget): number {
  return budget.kind === 'reach' ? budget.people : budget.amount;
}

/** Bisection for the x in [lo, hi] where an increasing f reaches target (60 halvings: exact in float64). */
export function solveIncreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  if (f(hi) <= target) return hi;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

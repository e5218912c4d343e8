/**
 * `demographic-parity`: per-group quotas proportional to each group's eligible population, so every
 * group's selection rate (among the eligible) is the same up to rounding. A group without enough
 * consenting candidates takes all it has and the rest is shared out proportionally.
 */
import { proportionalQuotas } from '../quotas';
import { costOfTop } from '../score-bins';
import { defineConstraint } from './descriptor';
import type { ConstraintInput } from './input';
import { solveIncreasing } from './solve';

/** Per-group budgets (people, or money for a spend budget) that give every group the same selection rate. */
export async function parityBudgets(input: ConstraintInput<unknown>): Promise<{ budgets: number[]; notes: string[] }> {
  const { stats, groupIds, budget } = input;
  const notes: string[] = [];
  if (budget.kind === 'reach') {
    const budgets = proportionalQuotas(budget.people, stats.eligible, stats.candidates);
    budgets.forEach((q, g) => {
      if (q === stats.candidates[g] && q < (budget.people * (stats.eligible[g] ?? 0)) / sum(stats.eligible))
        notes.push(`Group "${groupIds[g]}" has only ${q} candidates, less than its proportional share; the rest went to other groups.`);
    });
    return { budgets, notes };
  }
  // Spend budget: find the common selection rate ρ whose top-ρ·eligible people of every group cost
  // the budget, then give each group the money its share costs.
  const h = await input.scoreBins();
  const take = (rho: number, g: number) => Math.min(rho * (stats.eligible[g] ?? 0), stats.candidates[g] ?? 0);
  const cost = (rho: number) => groupIds.reduce((a, _, g) => a + costOfTop(h, g, take(rho, g)), 0);
  const maxRate = Math.max(1, ...stats.candidates.map((c, g) => c / Math.max(1, stats.eligible[g] ?? 0)));
  const rho = solveIncreasing(cost, budget.amount, 0, maxRate);
  return { budgets: groupIds.map((_, g) => costOfTop(h, g, take(rho, g))), notes };
}

export const demographicParity = defineConstraint({
  name: 'demographic-parity',
  label: 'same reach rate in every group (demographic parity)',
  summary: 'each group is selected at the same rate (quotas in proportion to the eligible people)',
  options: {},
  editor: [],
  run: async (input) => {
    const { budgets, notes } = await parityBudgets(input);
    return { selection: await input.selectByGroup(budgets), notes };
  },
});

function sum(xs: readonly number[]): number {
  return xs.reduce((a, x) => a + x, 0);
}

/**
 * `equal-opportunity`: per-group score thresholds that give every group the same ESTIMATED
 * true-positive rate, at the common level that uses the budget. The estimate uses only the base
 * model's predicted probabilities p̂ — no peeking at who really converts:
 *   est TPR_g(t) = Σ_{candidates in g, score ≥ t} p̂ / Σ_{candidates in g} p̂.
 * The common level τ is found by bisection on per-group score bins; each group then takes
 * its top n_g(τ) candidates (rounded by largest remainder so the budget is met exactly).
 */
import { proportionalQuotas } from '../quotas';
import { costForTpr, countForTpr } from '../score-bins';
import { defineConstraint } from './descriptor';
import { solveIncreasing } from './solve';

export const equalOpportunity = defineConstraint({
  name: 'equal-opportunity',
  label: 'same reach rate among likely converters (equal opportunity)',
  summary: "each group's likely converters are equally likely to be reached (as the model estimates them)",
  options: {},
  editor: [],
  run: async (input) => {
    const { stats, groupIds, budget } = input;
    const h = await input.scoreBins();
    const groups = groupIds.map((_, g) => g).filter((g) => (stats.probCandidates[g] ?? 0) > 0);
    const perGroup = (tau: number, g: number) =>
      budget.kind === 'reach'
        ? countForTpr(h, g, tau, stats.probCandidates[g] ?? 0)
        : costForTpr(h, g, tau, stats.probCandidates[g] ?? 0);
    const total = (tau: number) => groups.reduce((a, g) => a + perGroup(tau, g), 0);
    const tau = solveIncreasing(total, budget.kind === 'reach' ? budget.people : budget.amount, 0, 1);
    const ideal = groupIds.map((_, g) => (groups.includes(g) ? perGroup(tau, g) : 0));
    const budgets = budget.kind === 'reach' ? proportionalQuotas(budget.people, ideal, stats.candidates) : ideal;
    const selection = await input.selectByGroup(budgets);
    return { selection, notes: [`Common estimated true-positive rate: ${(tau * 100).toFixed(1)}%.`] };
  },
});

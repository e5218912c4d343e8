/**
 * One-click threshold strategies over a scoring policy's per-group score histograms: how many of
 * each group's top candidates (or how much money, under a spend budget) to take so that
 *
 * - `single`: one threshold for everyone (the base policy's own global cut);
 * - `demographic-parity`: every group's selection rate among its eligible is the same;
 * - `equal-opportunity`: every group's ESTIMATED true-positive rate (share of its Σ p̂) is the same;
 * - `equal-precision`: every group's ESTIMATED precision (mean p̂ of those taken) is the same,
 *
 * within the campaign budget. Written from the histograms alone (score-bins.ts), apart from
 * the fairness wrapper's constraints; tests check both select the same people.
 */
import type { GroupStats } from '../policies/group-stats';
import { proportionalQuotas } from '../policies/quotas';
import type { ScoreBins } from '../policies/score-bins';
import { HISTOGRAM_BINS, costForTpr, costOfTop, countForTpr } from '../policies/score-bins';
import type { SelectionBudget } from '../selection';

export const STRATEGIES = ['single', 'demographic-parity', 'equal-opportunity', 'equal-precision'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Per-group budgets (people or money, as the campaign's budget), or `global` for one shared cut. */
export type StrategyBudgets = { kind: 'global' } | { kind: 'groups'; budgets: number[] };

export function strategyBudgets(strategy: Strategy, stats: GroupStats, h: ScoreBins, budget: SelectionBudget): StrategyBudgets {
  if (strategy === 'single') return { kind: 'global' };
  const groups = stats.eligible.length;
  const ids = Array.from({ length: groups }, (_, g) => g);
  const reach = budget.kind === 'reach';
  const target = reach ? budget.people : budget.amount;
  let ideal: number[];
  if (strategy === 'demographic-parity') {
    if (reach) return { kind: 'groups', budgets: proportionalQuotas(budget.people, stats.eligible, stats.candidates) };
    const take = (rho: number, g: number) => Math.min(rho * (stats.eligible[g] ?? 0), stats.candidates[g] ?? 0);
    const maxRate = Math.max(1, ...stats.candidates.map((c, g) => c / Math.max(1, stats.eligible[g] ?? 0)));
    const rho = bisect((r) => ids.reduce((a, g) => a + costOfTop(h, g, take(r, g)), 0), target, 0, maxRate);
    return { kind: 'groups', budgets: ids.map((g) => costOfTop(h, g, take(rho, g))) };
  }
  if (strategy === 'equal-opportunity') {
    const open = ids.filter((g) => (stats.probCandidates[g] ?? 0) > 0);
    const at = (tau: number, g: number) => {
      const total = stats.probCandidates[g] ?? 0;
      return reach ? countForTpr(h, g, tau, total) : costForTpr(h, g, tau, total);
    };
    const tau = bisect((t) => open.reduce((a, g) => a + at(t, g), 0), target, 0, 1);
    ideal = ids.map((g) => (open.includes(g) ? at(tau, g) : 0));
  } else {
    // Precision falls as a group takes more of its lower scores: a common level 1 − x, x rising.
    const at = (x: number, g: number) => {
      const n = countForPrecision(h, g, 1 - x);
      return reach ? n : costOfTop(h, g, n);
    };
    const x = bisect((v) => ids.reduce((a, g) => a + at(v, g), 0), target, 0, 1);
    ideal = ids.map((g) => at(x, g));
  }
  return { kind: 'groups', budgets: reach ? proportionalQuotas(budget.people, ideal, stats.candidates) : ideal };
}

/**
 * People of group g taken from the top while their mean p̂ stays at least `level` (within a bin,
 * people are taken as spread evenly, as elsewhere in score-bins.ts).
 */
export function countForPrecision(h: ScoreBins, g: number, level: number): number {
  let n = 0;
  let p = 0;
  for (let b = HISTOGRAM_BINS - 1; b >= 0; b--) {
    const j = g * HISTOGRAM_BINS + b;
    const cn = h.count[j] as number;
    if (cn <= 0) continue;
    const cp = h.prob[j] as number;
    if ((p + cp) / (n + cn) >= level) {
      n += cn;
      p += cp;
      continue;
    }
    // Part f of this bin keeps the mean at `level`: (p + f·cp) / (n + f·cn) = level.
    const denom = cp - level * cn;
    const f = denom < 0 ? Math.max(0, Math.min(1, (level * n - p) / denom)) : 0;
    return n + f * cn;
  }
  return n;
}

/** Bisection for the x in [lo, hi] where an increasing f reaches target (60 halvings). */
function bisect(f: (x: number) => number, target: number, lo: number, hi: number): number {
  if (f(hi) <= target) return hi;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

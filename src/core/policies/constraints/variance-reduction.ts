/**
 * `variance-reduction` (after Meta's Variance Reduction System): per-group pacing multipliers on
 * the base scores, adjusted round by round until the delivered mix is within `tolerance` of the
 * eligible mix (mix distance = ½ Σ_g |reach share − eligible share|). Each round is one global
 * selection plus one map-reduce of per-group counts.
 *
 * Update: log w_g += step × (log eligible share_g − log reach share_g) — a group reached at half
 * its share gets its scores doubled (step 1). When a round overshoots (the distance grows), the
 * step halves. If the tolerance is not met within MAX_ROUNDS, it falls back to exact quotas.
 */
import { finite } from '../../scenario/schema-fields';
import type { SelectionResult } from '../../selection/request';
import { mixDistance } from '../quotas';
import { parityBudgets } from './demographic-parity';
import { defineConstraint } from './descriptor';

/** Rounds of multiplicative updates before falling back to quotas. */
export const MAX_ROUNDS = 30;

export const varianceReduction = defineConstraint({
  name: 'variance-reduction',
  label: 'reached mix close to the eligible mix (variance reduction)',
  summary: "the mix of people reached stays close to the eligible mix (pacing per group, as Meta's VRS does)",
  options: {
    tolerance: finite().gt(0).max(0.5).default(0.02).describe('variance-reduction: largest acceptable mix distance (total variation) from the eligible mix.'),
  },
  editor: [
    { kind: 'number', key: 'tolerance', label: 'Tolerance (mix distance)', help: 'How far the reached mix may drift from the eligible mix, as total variation (0.02 = 2 points).', min: 0, max: 0.5, step: 0.01 },
  ],
  run: async (input) => {
    const { options, stats, groupIds, baseSelection, budget } = input;
    const eligibleTotal = stats.eligible.reduce((a, x) => a + x, 0);
    const target = stats.eligible.map((e) => e / Math.max(1, eligibleTotal));
    const reachable = groupIds.map((_, g) => (stats.candidates[g] ?? 0) > 0);
    const log = groupIds.map(() => 0);
    let step = 1;
    let previous = Infinity;
    let distance = Infinity;
    let rounds = 0;
    let selection: SelectionResult | undefined;
    for (; rounds < MAX_ROUNDS; ) {
      rounds++;
      const multipliers = log.map((x) => Math.exp(x));
      selection = await input.select({ scoreKey: input.scoreKey, outKey: input.selectedKey, budget, multipliers });
      const got = await input.groupStats(input.scoreKey, input.selectedKey);
      distance = mixDistance(got.selected, stats.eligible);
      if (distance <= options.tolerance) break;
      if (distance > previous) step /= 2;
      previous = distance;
      const reached = got.selected.reduce((a, x) => a + x, 0);
      groupIds.forEach((_, g) => {
        if (!reachable[g] || !((target[g] ?? 0) > 0)) return;
        // A group nobody reached is treated as reached at a tenth of its share: a big, finite push.
        const share = Math.max((got.selected[g] ?? 0) / Math.max(1, reached), (target[g] ?? 0) / 10);
        // Clamped to e^±20 so a multiplied float32 score can never overflow.
        const next = (log[g] ?? 0) + step * (Math.log(target[g] ?? 0) - Math.log(share));
        log[g] = Math.max(-20, Math.min(20, next));
      });
    }
    const notes: string[] = [];
    const pacing: Record<string, number> = {};
    groupIds.forEach((id, g) => (pacing[id] = Math.exp(log[g] ?? 0)));
    const converged = distance <= options.tolerance && selection !== undefined;
    if (!converged || !selection) {
      const { budgets, notes: quotaNotes } = await parityBudgets(input);
      selection = await input.selectByGroup(budgets);
      notes.push(
        `Pacing did not reach the tolerance ${options.tolerance} in ${MAX_ROUNDS} rounds (mix distance ${distance.toFixed(4)}); fell back to exact quotas.`,
        ...quotaNotes,
      );
    } else notes.push(`Mix distance ${distance.toFixed(4)} after ${rounds} round(s) of pacing.`);
    // Undefined (no one reached) is null, as every rate in the results (metrics/rates.ts).
    const costPerReach = selection.selected > 0 ? selection.spend / selection.selected : null;
    const baseCostPerReach = baseSelection.reached > 0 ? baseSelection.spend / baseSelection.reached : null;
    const addedCost = { costPerReach, baseCostPerReach };
    // After a fallback the quotas, not the multipliers, decided who was reached: report no pacing.
    return converged ? { selection, notes, pacing, addedCost } : { selection, notes, addedCost };
  },
});

/**
 * `min-representation`: each group gets at least `floor` × its proportional share (by eligible
 * population) of the budget; the rest goes by score. Groups that the score alone would leave below
 * their floor are pinned to it; the others share what is left by score. Pinning one group can push
 * another below its floor, so this repeats (at most once per group).
 *
 * With a spend budget the floor is on money: each group gets at least `floor` × its proportional
 * share of the amount (capped at what all its candidates cost).
 */
import { finite } from '../../scenario/schema-fields';
import { representationFloors } from '../quotas';
import { costOfTop } from '../score-bins';
import { defineConstraint } from './descriptor';
import { budgetAmount } from './solve';
import { derivedMaskKey, derivedScoreKey } from '../../engine/store-keys';

export const minRepresentation = defineConstraint({
  name: 'min-representation',
  label: 'every group at least a floor of its share (minimum representation)',
  summary: 'each group gets at least a floor of its proportional share',
  options: {
    floor: finite().gt(0).max(1).default(0.8).describe('min-representation: each group gets at least this fraction of its proportional share.'),
  },
  editor: [
    { kind: 'number', key: 'floor', label: 'Floor (share of a fair share)', help: 'Each group gets at least this fraction of the people it would get in proportion to its size (0.8 = 80%).', min: 0, max: 1, step: 0.05 },
  ],
  run: async (input) => {
    const { options, stats, groupIds, budget } = input;
    const total = budgetAmount(budget);
    let capacity = stats.candidates;
    if (budget.kind === 'spend') {
      const h = await input.scoreBins();
      capacity = groupIds.map((_, g) => costOfTop(h, g, stats.candidates[g] ?? 0));
    }
    // Money floors need not be whole: representationFloors rounds people up; scale money instead.
    const floors =
      budget.kind === 'reach'
        ? representationFloors(total, options.floor, stats.eligible, capacity)
        : stats.eligible.map((e, g) => Math.min(capacity[g] ?? 0, (options.floor * total * e) / sum(stats.eligible)));
    const pinned = new Set<number>();
    const freeScore = derivedScoreKey(input.scoreKey, '#free');
    const freeSelected = derivedMaskKey(input.scoreKey, '#freeSelected');
    let budgets = floors.slice();
    for (let round = 0; round <= groupIds.length; round++) {
      const keep = groupIds.map((_, g) => !pinned.has(g));
      await input.maskGroups(freeScore, keep);
      const rest = total - [...pinned].reduce((a, g) => a + (floors[g] ?? 0), 0);
      const free = await input.select({
        scoreKey: freeScore,
        outKey: freeSelected,
        budget: budget.kind === 'reach' ? { kind: 'reach', people: Math.max(0, rest) } : { kind: 'spend', amount: Math.max(0, rest) },
      });
      const got = await input.groupStats(freeScore, freeSelected);
      const taken = budget.kind === 'reach' ? got.selected : got.spend;
      const below = groupIds.map((_, g) => g).filter((g) => !pinned.has(g) && (taken[g] ?? 0) < (floors[g] ?? 0));
      budgets = groupIds.map((_, g) => (pinned.has(g) ? (floors[g] ?? 0) : (taken[g] ?? 0)));
      if (below.length === 0 || free.selected === 0) break;
      for (const g of below) pinned.add(g);
    }
    await input.dropKeys([freeScore, freeSelected]);
    const selection = await input.selectByGroup(budgets);
    const notes = pinned.size
      ? [`Raised to their floor: ${[...pinned].map((g) => groupIds[g]).join(', ')}.`]
      : ['Every group was above its floor by score alone.'];
    return { selection, notes };
  },
});

function sum(xs: readonly number[]): number {
  return xs.reduce((a, x) => a + x, 0);
}

/**
 * `min-representation`: each group gets at least `floor` × its proportional share (by eligible
 * population) of the budget; the rest goes by score. Groups that the score alone would leave below
 * their floor are pinned to it; the others share what is left by score. Pinning one group can push
 * another below its floor, so this repeats (at most once per group).
 *
 * With a spend budget the floor is on money: each group gets at least `floor` × its proportional
 * share of the amount (capped at what all its candidates cost).
 */
import { representationFloors } from '../quotas';
import { costOfTop } from '../score-histogram';
import { policyMaskGroups } from '../candidate-scores';
import { policyDropKeys } from '../drop-columns';
import { derivedMaskKey, derivedScoreKey } from '../../engine/store-keys';
import type { ConstraintInput, ConstraintOutcome } from './groups';
import { budgetAmount, groupStatsOf, histogramOf, selectByGroup, selectWith } from './groups';

export async function minRepresentation(input: ConstraintInput): Promise<ConstraintOutcome> {
  const { ctx, policy, stats, groupIds } = input;
  const budget = ctx.budget;
  const total = budgetAmount(budget);
  let capacity = stats.candidates;
  if (budget.kind === 'spend') {
    const h = await histogramOf(input);
    capacity = groupIds.map((_, g) => costOfTop(h, g, stats.candidates[g] ?? 0));
  }
  // Money floors need not be whole: representationFloors rounds people up; scale money instead.
  const floors =
    budget.kind === 'reach'
      ? representationFloors(total, policy.floor, stats.eligible, capacity)
      : stats.eligible.map((e, g) => Math.min(capacity[g] ?? 0, (policy.floor * total * e) / sum(stats.eligible)));
  const pinned = new Set<number>();
  const freeScore = derivedScoreKey(input.scoreKey, '#free');
  const freeSelected = derivedMaskKey(input.scoreKey, '#freeSelected');
  let budgets = floors.slice();
  for (let round = 0; round <= groupIds.length; round++) {
    const keep = groupIds.map((_, g) => !pinned.has(g));
    await ctx.runner.map(policyMaskGroups, { from: input.scoreKey, to: freeScore, attribute: policy.attribute, keep }, ctx.signal);
    const rest = total - [...pinned].reduce((a, g) => a + (floors[g] ?? 0), 0);
    const free = await selectWith(input, {
      scoreKey: freeScore,
      outKey: freeSelected,
      budget: budget.kind === 'reach' ? { kind: 'reach', people: Math.max(0, rest) } : { kind: 'spend', amount: Math.max(0, rest) },
    });
    const got = await groupStatsOf(input, freeScore, freeSelected);
    const taken = budget.kind === 'reach' ? got.selected : got.spend;
    const below = groupIds.map((_, g) => g).filter((g) => !pinned.has(g) && (taken[g] ?? 0) < (floors[g] ?? 0));
    budgets = groupIds.map((_, g) => (pinned.has(g) ? (floors[g] ?? 0) : (taken[g] ?? 0)));
    if (below.length === 0 || free.selected === 0) break;
    for (const g of below) pinned.add(g);
  }
  await ctx.runner.map(policyDropKeys, { keys: [freeScore, freeSelected] }, ctx.signal);
  const selection = await selectByGroup(input, budgets);
  const notes = pinned.size
    ? [`Raised to their floor: ${[...pinned].map((g) => groupIds[g]).join(', ')}.`]
    : ['Every group was above its floor by score alone.'];
  return { selection, notes };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, x) => a + x, 0);
}

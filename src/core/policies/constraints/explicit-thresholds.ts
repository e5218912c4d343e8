/**
 * `thresholds`: explicit per-group score thresholds (kept from the threshold chart): every
 * candidate of group g scoring at least t_g is selected — unless that is more than the budget, when
 * each group's share is scaled down proportionally (its top people first). A group without a
 * threshold takes no one.
 */
import { proportionalQuotas } from '../quotas';
import type { ConstraintInput, ConstraintOutcome } from './groups';
import { selectByGroup } from './groups';
import { policyCountAbove } from '../count-above';
import { reduceChunks } from '../../engine/runner';

export async function explicitThresholds(input: ConstraintInput): Promise<ConstraintOutcome> {
  const { ctx, policy, groupIds } = input;
  const given = policy.thresholds ?? {};
  const thresholds = groupIds.map((g) => (Object.hasOwn(given, g) ? (given[g] as number) : Infinity));
  const { count, spend } = await reduceChunks(ctx.runner, policyCountAbove, { scoreKey: input.scoreKey, attribute: policy.attribute, thresholds }, ctx.signal);
  const budget = ctx.budget;
  const notes: string[] = [];
  let budgets: number[];
  if (budget.kind === 'reach') {
    const above = count.reduce((a, x) => a + x, 0);
    if (above > budget.people) notes.push(`${above} people are above their thresholds, more than the budget of ${budget.people}: each group's share was scaled down.`);
    budgets = proportionalQuotas(Math.min(above, budget.people), count, count);
  } else {
    const total = spend.reduce((a, x) => a + x, 0);
    const scale = total > budget.amount ? budget.amount / total : 1;
    if (scale < 1) notes.push(`The people above their thresholds cost ${total.toFixed(2)}, more than the budget: each group's spend was scaled down.`);
    budgets = spend.map((x) => x * scale);
  }
  return { selection: await selectByGroup(input, budgets), notes };
}

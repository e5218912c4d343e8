/**
 * `thresholds`: explicit per-group score thresholds (kept from the threshold chart): every
 * candidate of group g scoring at least t_g is selected — unless that is more than the budget, when
 * each group's share is scaled down proportionally (its top people first). A group without a
 * threshold takes no one.
 */
import { z } from 'zod';
import { finite, id } from '../../scenario/schema-fields';
import { proportionalQuotas } from '../quotas';
import { defineConstraint } from './descriptor';

export const explicitThresholds = defineConstraint({
  name: 'thresholds',
  label: 'a score threshold per group, kept from the Thresholds view (thresholds)',
  summary: 'each group is selected at or above its own score threshold, kept from the threshold chart (never beyond the budget)',
  options: {
    // Issue 14: per-group thresholds kept from the threshold chart ("keep as policy").
    thresholds: z
      .record(id(), finite())
      .optional()
      .describe('thresholds: the lowest score selected in each group (category id → score); a group without one takes no one. Never more than the budget.'),
  },
  // Set by dragging in the Thresholds view ("keep as policy"), not typed in the editor.
  editor: [],
  references: (options, groups, kit) => {
    if (!options.thresholds) return kit.add(['thresholds'], 'the thresholds constraint needs a threshold per group (category id → score)');
    if (!groups) return;
    for (const g of Object.keys(options.thresholds))
      if (!groups.categories.some((c) => c.id === g)) kit.add(['thresholds', g], `"${g}" is not a category of "${groups.id}"`);
  },
  run: async (input) => {
    const { options, groupIds, budget } = input;
    const given = options.thresholds ?? {};
    const thresholds = groupIds.map((g) => (Object.hasOwn(given, g) ? (given[g] as number) : Infinity));
    const { count, spend } = await input.countAbove(thresholds);
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
    return { selection: await input.selectByGroup(budgets), notes };
  },
});

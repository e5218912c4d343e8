/**
 * The campaign budget in the units selection works in. A reach budget is either a number of
 * people or a share of the eligible people (`{ "kind": "reach", "share": 0.1 }`); a share is
 * resolved once per run, after eligibility, as share × eligible rounded to the nearest person
 * (halves round up), and at least one person when anyone is eligible. Spend budgets pass through.
 */
import type { Budget } from '../scenario/types';
import type { SelectionBudget } from '../selection';
import { countText } from '../text/counts';

export function resolveBudget(budget: Budget, eligible: number): SelectionBudget {
  if (budget.kind === 'spend') return { kind: 'spend', amount: budget.amount };
  if (budget.people !== undefined) return { kind: 'reach', people: budget.people };
  const share = budget.share ?? 0;
  if (eligible <= 0) return { kind: 'reach', people: 0 };
  return { kind: 'reach', people: Math.min(eligible, Math.max(1, Math.round(share * eligible))) };
}

/**
 * In words: "10% of eligible (10,000 of 100,000)" for a share budget once the eligible count is
 * known, "10,000 people" for a number, "spend 40,000" for money.
 */
export function describeBudget(budget: Budget, eligible: number | undefined): string {
  if (budget.kind === 'spend') return `spend ${countText(budget.amount)}`;
  if (budget.people !== undefined) return `${countText(budget.people)} people`;
  const percent = `${formatShare(budget.share ?? 0)} of eligible`;
  if (eligible === undefined) return percent;
  const people = budgetPeople(resolveBudget(budget, eligible));
  return `${percent} (${countText(people)} of ${countText(eligible)})`;
}

function budgetPeople(budget: SelectionBudget): number {
  return budget.kind === 'reach' ? budget.people : 0;
}

/** 0.1 → "10%", 0.025 → "2.5%". */
export function formatShare(share: number): string {
  return `${Number((share * 100).toPrecision(3)).toLocaleString('en')}%`;
}

/**
 * What a change of population size does to the campaign: nothing for a share budget; for a fixed
 * number of people or amount of money, the share of the population it reaches changes.
 */
export function budgetShapeChange(budget: Budget, oldSize: number, newSize: number): string | undefined {
  if (oldSize === newSize) return undefined;
  const pct = (x: number) => `${Number((x * 100).toPrecision(2))}%`;
  if (budget.kind === 'spend')
    return `the spend budget stays ${countText(budget.amount)}, so it reaches about ${Number((oldSize / newSize).toPrecision(2))}× the share of the population it did: the campaign changes shape.`;
  if (budget.people === undefined) return undefined;
  return `the reach budget stays ${countText(budget.people)} people, ${pct(budget.people / newSize)} of the population instead of ${pct(budget.people / oldSize)}: the campaign changes shape (a budget "share" of the eligible would keep it).`;
}

/** Section 6: the cost of fairness (each constrained policy against its base) and the levelling-down check. */
import { formatAmount, formatCount, formatPercent } from '../../charts/format';
import { attributeLabel } from '../../charts/lookup';
import type { PolicyResult, Results } from '../../core/results/types';
import { numCell, table, textCell } from '../cells';
import type { CostComparison } from '../cost-of-fairness';
import { el, type Html } from '../html';
import { TOLERANCE, type LevellingDownCheck } from '../levelling-down';

function signed(value: number | null, format: (v: number | null) => string): string {
  if (value === null) return format(null);
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${format(Math.abs(value))}`;
}

function totalsRow(policy: PolicyResult, role: string): Html {
  const t = policy.totals;
  return el('tr', { 'data-policy': policy.id },
    textCell(policy.label, el('span', { class: 'muted' }, ` (${role})`)),
    numCell('reached', t.reached, formatCount(t.reached)),
    numCell('expectedConversions', t.expectedConversions, formatAmount(t.expectedConversions)),
    numCell('realisedConversions', t.realisedConversions, formatCount(t.realisedConversions)),
    numCell('cost', t.cost, formatAmount(t.cost)),
    numCell('costPerConversion', t.costPerConversion, formatAmount(t.costPerConversion)));
}

function costTable(c: CostComparison): Html {
  const d = c.change;
  return table(`${c.policy.label} against ${c.base.label}`,
    ['Policy', ['Reached', 'num'], ['Expected conversions', 'num'], ['Realised conversions', 'num'], ['Cost', 'num'], ['Cost per conversion', 'num']],
    [
      totalsRow(c.base, 'base'),
      totalsRow(c.policy, 'constrained'),
      el('tr', { class: 'change' }, textCell('Change'),
        ([[d.reached, formatCount], [d.expectedConversions, formatAmount], [d.realisedConversions, formatCount], [d.cost, formatAmount], [d.costPerConversion, formatAmount]] as const)
          .map(([v, f]) => el('td', { class: 'num' }, signed(v, f)))),
    ], { class: 'cost' });
}

function levellingRow(results: Results, c: LevellingDownCheck): Html {
  const move = (g: LevellingDownCheck['best']) => `${formatPercent(g.before, 2)} → ${formatPercent(g.after, 2)}`;
  return el('tr', { class: c.levelsDown ? 'harm' : undefined, 'data-policy': c.policy.id, 'data-slice': c.attribute, 'data-levels-down': String(c.levelsDown) },
    textCell(c.policy.label), textCell(attributeLabel(results, c.attribute)),
    textCell(c.best.label), textCell(move(c.best)), textCell(c.worst.label), textCell(move(c.worst)),
    textCell(c.levelsDown ? el('span', { class: 'badge bad' }, 'levels down') : el('span', { class: 'badge good' }, 'no')));
}

export function fairnessSection(results: Results, costs: readonly CostComparison[], checks: readonly LevellingDownCheck[]): Html {
  if (!costs.length)
    return el('section', { id: 'fairness' }, el('h2', {}, '6. The cost of fairness'), el('p', {}, 'This scenario has no fairness-constrained policy, so there is no fix to price or to check for levelling down.'));
  const better = results.offer === 'risk' ? 'selected least (a risky offer)' : 'selected most';
  return el('section', { id: 'fairness' },
    el('h2', {}, '6. The cost of fairness'),
    el('p', {}, 'Each fairness-constrained policy against the policy it wraps, on the same synthetic people: what the constraint costs or gains in reach, conversions and money.'),
    costs.map(costTable),
    el('h3', {}, 'Levelling-down check'),
    el('p', {}, `A "fix" levels down when it makes the best-off group worse off without making the worst-off group better off. For each constrained policy and audited attribute: the group ${better} under the base policy (best-off) and the group at the other end (worst-off), and how their selection rates move. `,
      `Moves under ${(TOLERANCE * 100).toFixed(1)} percentage points count as no change.`),
    table('Best-off and worst-off groups, base → constrained', ['Policy', 'Attribute', 'Best-off', 'Selection rate', 'Worst-off', 'Selection rate', 'Levels down?'], checks.map((c) => levellingRow(results, c)), { class: 'levelling' }),
  );
}

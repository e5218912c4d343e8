/** Plain-text layouts (80 columns) of a person's explanation and of a model card. */
import type { PersonExplanation } from '../core/explain/explain-person';
import type { ModelCard } from '../core/explain/model-card';
import type { Scenario } from '../core/scenario';
import { describeBudget } from '../core/policies/budget';

const num = (x: number | null | undefined, digits = 4) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toPrecision(digits));
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);

export function formatExplanation(scenario: Scenario, e: PersonExplanation): string {
  const lines: string[] = [];
  lines.push(`Person ${e.person.id} under policy "${e.policy.label}" (${e.policy.type})`);
  lines.push(`  ${e.selected ? 'REACHED' : 'NOT REACHED'} — ${e.reason}`);
  lines.push('');
  lines.push('What the policy saw');
  for (const a of scenario.population.attributes) {
    if (a.type === 'categorical') lines.push(`  ${pad(a.id, 16)} ${e.person.categories[a.id]}${a.protected ? '  (protected)' : ''}`);
    else {
      const obs = e.person.observed[a.id] as number;
      const noise = e.noise[a.id] as number;
      lines.push(`  ${pad(a.id, 16)} ${num(obs)} observed (true ${num(e.person.values[a.id])}, noise ${signed(noise)})`);
    }
  }
  lines.push(`  ${pad('consent', 16)} ${e.person.consent ? 'yes' : 'no'};  eligible: ${e.person.eligible ? 'yes' : 'no'};  price ${num(e.person.price)}`);
  if (e.model) {
    lines.push('');
    lines.push(`Score: logit ${num(e.model.logit)} → p̂ ${num(e.model.prob)}; policy score ${num(e.score, 6)}`);
    lines.push(`  ${pad('intercept', 24)} ${signed(e.model.intercept)}`);
    for (const c of [...e.model.contributions].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))) {
      const what = c.kind === 'numeric' ? `${c.attribute} (${signed(c.standardised ?? 0)} SD)` : `${c.attribute}=${e.person.categories[c.attribute]}`;
      lines.push(`  ${pad(what, 24)} ${signed(c.contribution)}`);
    }
  } else lines.push(`Score ${num(e.score)} (${e.policy.type}: no model)`);
  lines.push('');
  const where = e.cut.kind === 'group' ? ` for ${e.cut.attribute}=${e.cut.group ?? '?'}` : '';
  const budget = describeBudget(e.cut.budget, undefined);
  lines.push(`Cut${where}: ${num(e.cut.score, 6)} (budget: ${budget}${e.cut.pacing !== undefined ? `; pacing ×${num(e.cut.pacing)}` : ''})`);
  if (e.rank) lines.push(`Rank: ${e.rank.position.toLocaleString('en')} of ${e.rank.candidates.toLocaleString('en')} candidates${e.rank.within ? ` in ${e.rank.within.attribute}=${e.rank.within.group}` : ''}`);
  lines.push(`Ground truth (synthetic): would ${e.person.truth.converts ? '' : 'not '}convert (p ${num(e.person.truth.conversionProb, 3)}); would ${e.person.truth.clicks ? '' : 'not '}click`);
  lines.push('');
  const [best, ...rest] = e.counterfactuals;
  if (!best) lines.push('No single-feature change flips this decision.');
  else {
    lines.push('Nearest counterfactual (verified by re-scoring):');
    for (const c of [best, ...rest.slice(0, 4)]) {
      const change = c.kind === 'numeric' ? `${c.attribute} ${num(c.from as number)} → ${num(c.to as number)} (${c.distance.toFixed(2)} SD)` : `${c.attribute} ${c.from} → ${c.to}`;
      lines.push(`  ${c === best ? '*' : ' '} ${change}${c.protected ? '  [protected]' : ''} → score ${num(c.score, 6)}, ${e.selected ? 'not reached' : 'reached'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatCard(card: ModelCard): string {
  const lines: string[] = [];
  lines.push(`Model card: policy "${card.policy.id}" (${card.policy.type}), predicts ${card.policy.target}`);
  lines.push(`  features: ${card.features.map((f) => f.attribute + (f.protected ? ' (protected)' : '')).join(', ')}`);
  lines.push(`  withheld: ${card.withheld.map((f) => f.attribute + (f.protected ? ' (protected)' : '')).join(', ') || 'none'}`);
  lines.push('');
  lines.push(`${pad('coefficient', 32)} ${pad('estimate', 10)} std. error`);
  lines.push(`${pad('(intercept)', 32)} ${pad(signed(card.intercept.coefficient), 10)} ${num(card.intercept.standardError, 3)}`);
  for (const c of card.coefficients) lines.push(`${pad(c.name, 32)} ${pad(signed(c.coefficient), 10)} ${num(c.standardError, 3)}`);
  lines.push(`  (L2 penalty ${card.l2}; numeric features per training SD)`);
  lines.push('');
  const t = card.training;
  lines.push(`Training data: ${t.rows.toLocaleString('en')} rows (${t.source}), ${t.positives.toLocaleString('en')} positive`);
  const bias = Object.entries(t.labelBias).flatMap(([a, m]) => Object.entries(m).map(([g, p]) => `${a}=${g} recorded with p ${p}`));
  lines.push(`  label bias: ${bias.join('; ') || 'none'}`);
  lines.push(`  categories never seen in training: ${t.unseenCategories.join(', ') || 'none'}`);
  lines.push('');
  lines.push(`Against the synthetic truth (${card.truth}), eligible people: AUC ${num(card.overall.auc, 3)}`);
  lines.push(`${pad('group', 22)} ${pad('training', 9)} ${pad('population', 11)} ${pad('AUC', 6)} top decile: p̂ / actual`);
  for (const a of card.byAttribute)
    for (const g of a.groups) {
      const top = g.calibration[9];
      const cal = top && top.people > 0 ? `${pct(top.meanPredicted)} / ${pct(top.observedRate)}` : '—';
      lines.push(`${pad(`${a.attribute}=${g.group}`, 22)} ${pad(pct(g.trainingShare), 9)} ${pad(pct(g.populationShare), 11)} ${pad(num(g.auc, 3), 6)} ${cal}`);
    }
  return `${lines.join('\n')}\n`;
}

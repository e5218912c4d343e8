/** Editor sections: the past campaign (history) and this campaign (budget, eligibility, offer). */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { numberField, selectField } from './controls';
import type { Draft } from './draft';
import { draftAttributes } from './behaviour-section';
import { groupValuesEditor } from './group-values';
import { ruleEditor } from './rule-editor';
import { formatShare } from '../../core/policies/budget';

export function historySection(draft: Draft, emit: Emit): TemplateResult {
  const attrs = draftAttributes(draft);
  const h = (draft.history ?? {}) as Record<string, unknown>;
  return html`
    <p class="hint">Learned policies train only on this past campaign: who it reached and which conversions were recorded.</p>
    ${numberField('People reached in the past', h.size, ['history', 'size'], emit, { min: 1, step: 1 })}
    ${ruleEditor('Who the past campaign targeted', attrs, h.rule, ['history', 'rule'], emit)}
    ${groupValuesEditor('Label bias (chance a converter is recorded)', attrs, h.labelBias, ['history', 'labelBias'], emit, { numeric: false, neutral: 1, step: 0.05 })}
  `;
}

type BudgetDraft = { kind?: string; people?: number; share?: number; amount?: number };

const BUDGET_KINDS = [
  { value: 'share', label: 'a share of the eligible people' },
  { value: 'people', label: 'a number of people' },
  { value: 'spend', label: 'an amount of money' },
];

function budgetKind(b: BudgetDraft): string {
  if (b.kind === 'spend') return 'spend';
  return b.share !== undefined ? 'share' : 'people';
}

/** `eligible`: how many people the last run found eligible (to show a share as a number). */
export function campaignSection(draft: Draft, emit: Emit, ui: { eligible?: number } = {}): TemplateResult {
  const attrs = draftAttributes(draft);
  const c = (draft.campaign ?? {}) as Record<string, unknown>;
  const budget = (c.budget ?? {}) as BudgetDraft;
  const size = typeof draft.population?.size === 'number' ? draft.population.size : 1000;
  const kind = budgetKind(budget);
  const path = ['campaign', 'budget'];
  const people = budget.share !== undefined && ui.eligible !== undefined ? Math.min(ui.eligible, Math.max(1, Math.round(budget.share * ui.eligible))) : undefined;
  return html`
    <div class="row">
      ${selectField('Budget as', kind, BUDGET_KINDS, path, emit, (k) =>
        emit({ path, value: k === 'share' ? { kind: 'reach', share: 0.1 } : k === 'people' ? { kind: 'reach', people: Math.max(1, Math.round(size / 10)) } : { kind: 'spend', amount: Math.round(size / 10) * 4 } }),
      )}
      ${kind === 'spend'
        ? numberField('Amount', budget.amount, [...path, 'amount'], emit, { min: 0, step: 100 })
        : kind === 'people'
          ? numberField('People to reach', budget.people, [...path, 'people'], emit, { min: 1, step: 100 })
          : shareField(budget.share, (share) => emit({ path: [...path, 'share'], value: share }))}
      ${selectField('Offer', c.offer ?? 'opportunity', [
        { value: 'opportunity', label: 'opportunity (exclusion harms)' },
        { value: 'risk', label: 'risk (over-targeting harms)' },
      ], ['campaign', 'offer'], emit)}
    </div>
    <p class="help budget-words">${kind === 'share'
      ? `${formatShare(budget.share ?? 0)} of eligible${people !== undefined && ui.eligible !== undefined ? ` (${people.toLocaleString('en')} of ${ui.eligible.toLocaleString('en')} in the last run)` : ''}: the campaign keeps its shape when the population size changes.`
      : kind === 'people'
        ? `A fixed number: changing the population size changes the share of people reached (a share of the eligible would keep it).`
        : `Money: people are reached cheapest-result first until the amount is spent.`}</p>
    ${ruleEditor('Eligibility', attrs, c.eligibility, ['campaign', 'eligibility'], emit)}
  `;
}

/** A share of the eligible, typed as a percentage. */
function shareField(share: number | undefined, set: (share: number) => void): TemplateResult {
  return html`<label class="field"><span>Percent of eligible</span><input type="number" min="0.1" max="100" step="any"
    .value=${share === undefined ? '' : String(Number((share * 100).toPrecision(6)))}
    @change=${(e: Event) => {
      const pct = Number((e.target as HTMLInputElement).value);
      if (Number.isFinite(pct) && pct > 0 && pct <= 100) set(pct / 100);
    }} /></label>`;
}

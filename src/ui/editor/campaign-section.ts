/** Editor sections: the past campaign (history) and this campaign (budget, eligibility, offer). */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { numberField, selectField } from './controls';
import type { Draft } from './draft';
import { draftAttributes } from './behaviour-section';
import { groupValuesEditor } from './group-values';
import { ruleEditor } from './rule-editor';

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

export function campaignSection(draft: Draft, emit: Emit): TemplateResult {
  const attrs = draftAttributes(draft);
  const c = (draft.campaign ?? {}) as Record<string, unknown>;
  const budget = (c.budget ?? {}) as { kind?: string; people?: number; amount?: number };
  const size = typeof draft.population?.size === 'number' ? draft.population.size : 1000;
  return html`
    <div class="row">
      ${selectField('Budget', budget.kind, [{ value: 'reach', label: 'reach (people)' }, { value: 'spend', label: 'spend (money)' }], ['campaign', 'budget'], emit, (kind) =>
        emit({ path: ['campaign', 'budget'], value: kind === 'reach' ? { kind, people: Math.max(1, Math.round(size / 10)) } : { kind, amount: Math.round(size / 10) * 4 } }),
      )}
      ${budget.kind === 'spend'
        ? numberField('Amount', budget.amount, ['campaign', 'budget', 'amount'], emit, { min: 0, step: 100 })
        : numberField('People to reach', budget.people, ['campaign', 'budget', 'people'], emit, { min: 1, step: 100 })}
      ${selectField('Offer', c.offer ?? 'opportunity', [
        { value: 'opportunity', label: 'opportunity (exclusion harms)' },
        { value: 'risk', label: 'risk (over-targeting harms)' },
      ], ['campaign', 'offer'], emit)}
    </div>
    ${ruleEditor('Eligibility', attrs, c.eligibility, ['campaign', 'eligibility'], emit)}
  `;
}

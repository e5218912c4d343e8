/**
 * Under the overview, for the chosen cell: what it says in words, and the what-ifs that start from
 * it, each one action (exclude the group, add a parity constraint to the policy, drop one of the
 * policy's features). Each fires `fg-what-if`; the app shell applies it and runs exactly once.
 */
import { html, nothing } from 'lit';
import type { ModelSummary, Results } from '../../core/results/types';
import type { OverviewCell, OverviewRow } from './overview-model';

export type WhatIf =
  | { kind: 'exclude-group'; attribute: string; group: string }
  | { kind: 'drop-feature'; policy: string; feature: string }
  | { kind: 'add-constraint'; policy: string; constraint: 'demographic-parity'; attribute: string }
  | { kind: 'set-budget'; share: number };

export function whatIfEvent(detail: WhatIf): CustomEvent<WhatIf> {
  return new CustomEvent('fg-what-if', { bubbles: true, composed: true, detail });
}

/** The features a policy's model used, by attribute id (`neighbourhood=centre` → `neighbourhood`). */
export function modelFeatures(model: ModelSummary | undefined): string[] {
  const ids = (model?.features ?? []).map((f) => f.name.split('=')[0] ?? '');
  return [...new Set(ids.filter((id) => id !== ''))];
}

function attributeLabel(results: Results, id: string): string {
  return results.attributes.find((a) => a.id === id)?.label ?? id;
}

export function renderWhatIfs(results: Results, row: OverviewRow, cell: OverviewCell, dispatch: (e: Event) => void) {
  const policy = row.policy;
  const column = cell.column;
  const attribute = column.attributes[0] ?? '';
  const interval = cell.interval ? `, 95% interval ${cell.interval[0].toFixed(2)}–${cell.interval[1].toFixed(2)}` : '';
  const ratio = cell.ratio === null ? 'no value' : `${cell.ratio.toFixed(2)}× a fair share${interval}`;
  const canConstrain = policy.type !== 'random' && policy.type !== 'fairness';
  const features = modelFeatures(policy.model);
  const closeMenu = (e: Event) => (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
  return html`<div class="chosen" role="group" aria-label="Chosen cell and what-ifs">
    <p class="chosen-text"><strong>${policy.label}</strong> reaches <strong>${column.name}</strong> at ${ratio} (${cell.verdict.replace('-', ' ')}).
      The charts below show ${policy.label} by ${attributeLabel(results, attribute)}.
      <button type="button" class="link" @click=${() => dispatch(new CustomEvent('overview-show-charts', { bubbles: true, composed: true }))}>Show the charts</button></p>
    <div class="what-ifs">
      <span class="muted">What if…</span>
      ${column.kind === 'attribute'
        ? html`<button type="button" class="what-if" @click=${() => dispatch(whatIfEvent({ kind: 'exclude-group', attribute: column.slice, group: column.group }))}>Exclude ${column.name} from the campaign</button>`
        : nothing}
      ${canConstrain
        ? html`<button type="button" class="what-if" @click=${() => dispatch(whatIfEvent({ kind: 'add-constraint', policy: policy.id, constraint: 'demographic-parity', attribute }))}>Add ${attributeLabel(results, attribute)} parity to ${policy.label}</button>`
        : nothing}
      ${features.length
        ? html`<details class="menu" @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Escape') return;
            const details = e.currentTarget as HTMLDetailsElement;
            if (!details.open) return;
            details.open = false;
            details.querySelector('summary')?.focus();
            e.stopPropagation();
          }}>
            <summary class="what-if">Drop a feature from ${policy.label}</summary>
            <div class="menu-items">
              ${features.map((f) => html`<button type="button" @click=${(e: Event) => {
                closeMenu(e);
                dispatch(whatIfEvent({ kind: 'drop-feature', policy: policy.id, feature: f }));
              }}>Drop ${attributeLabel(results, f)}</button>`)}
            </div>
          </details>`
        : nothing}
    </div>
  </div>`;
}

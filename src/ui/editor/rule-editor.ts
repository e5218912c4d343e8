/** Editor for a targeting rule: include / exclude predicates on attributes (categories or a range). */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { checkField, numberField } from './controls';
import type { DraftPath } from './draft';
import type { AttrLike } from './group-values';
import { categoryName } from './group-values';

type PredicateDraft = { attribute?: string; in?: string[]; min?: number; max?: number };

export function ruleEditor(title: string, attrs: AttrLike[], rule: unknown, path: DraftPath, emit: Emit): TemplateResult {
  const r = rule && typeof rule === 'object' ? (rule as Record<string, unknown>) : {};
  return html`<div class="rule" role="group" aria-label=${title}>
    <div class="group-values-title">${title}</div>
    ${(['include', 'exclude'] as const).map((side) => {
      const list = (Array.isArray(r[side]) ? r[side] : []) as PredicateDraft[];
      return html`<div class="rule-side">
        <span class="muted">${side === 'include' ? 'Only people with' : 'Except people with'}</span>
        ${list.length === 0 ? html`<span class="muted"> — (no condition)</span>` : ''}
        ${list.map((p, i) => predicate(p, attrs, [...path, side, i], emit, side))}
        <button type="button" class="small" @click=${() => addPredicate(attrs, [...path, side], list.length, emit)}>+ ${side} condition</button>
      </div>`;
    })}
  </div>`;
}

function addPredicate(attrs: AttrLike[], path: DraftPath, at: number, emit: Emit) {
  const first = attrs.find((a) => a.type === 'categorical' && a.categories?.length) ?? attrs[0];
  if (!first?.id) return;
  // No group ticked yet: the scenario is incomplete (and does not run) until the user picks one,
  // so a half-made condition ("Gender = Women" by default) is never run as if it were meant.
  const value = first.type === 'categorical' ? { attribute: first.id, in: [] } : { attribute: first.id, min: 0 };
  emit({ path, value, insert: { index: at } });
}

function predicate(p: PredicateDraft, attrs: AttrLike[], path: DraftPath, emit: Emit, side: string): TemplateResult {
  const attr = attrs.find((a) => a.id === p.attribute);
  const chosen = new Set(Array.isArray(p.in) ? p.in : []);
  return html`<div class="predicate">
    <label class="field inline"><span>attribute</span><select
      @change=${(e: Event) => {
        const next = attrs.find((a) => a.id === (e.target as HTMLSelectElement).value);
        if (!next?.id) return;
        emit({ path, value: next.type === 'categorical' ? { attribute: next.id, in: [] } : { attribute: next.id, min: 0 } });
      }}>
      ${attrs.map((a) => html`<option value=${a.id ?? ''} ?selected=${a.id === p.attribute}>${a.label || a.id}</option>`)}
    </select></label>
    ${attr?.type === 'numeric'
      ? html`${numberField('min', p.min, [...path, 'min'], emit, { optional: true })}${numberField('max', p.max, [...path, 'max'], emit, { optional: true })}`
      : (attr?.categories ?? []).map((c, ci) =>
          checkField(categoryName(c, ci), chosen.has(c.id ?? ''), (on) => {
            const next = (attr?.categories ?? []).map((x) => x.id ?? '').filter((id) => (id === c.id ? on : chosen.has(id)));
            emit({ path: [...path, 'in'], value: next });
          }),
        )}
    ${attr?.type !== 'numeric' && chosen.size === 0 ? html`<span class="hint">Tick the groups it applies to; nothing runs until you do.</span>` : ''}
    <button type="button" class="small" aria-label=${`Remove this ${side} condition`} @click=${() => emit({ path, remove: true })}>✕</button>
  </div>`;
}

/** Editor section: the policy list — add, duplicate, remove, and edit each policy's type and options. */
import { derivedOptions } from './derived-options';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { selectField, textField } from './controls';
import type { Draft, DraftEdit } from './draft';
import { draftAttributes } from './behaviour-section';
import type { AttrLike } from './group-values';
import { isLearnedScoring, policyDescriptor, POLICY_DESCRIPTORS } from '../../core/policies/types/catalogue';
import type { PolicyDraft } from './policy-fields';
import { initialValue, policyFields } from './policy-fields';
import { fairnessLabel } from '../what-if/policy-names';
import { whatIfEvent } from '../what-if/what-if';

export { POLICY_TYPES } from '../../core/policies/types/catalogue';

/** A unique id from a stem: `delivery`, `delivery-2`, … */
export function freshPolicyId(stem: string, taken: readonly string[]): string {
  if (!taken.includes(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.includes(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A valid policy of `type` keeping `id` and `label`; fills the options a type requires. */
export function policyOfType(type: string, keep: { id: string; label?: string }, policies: PolicyDraft[], attrs: AttrLike[]): PolicyDraft {
  const fields = policyDescriptor(type)?.editor ?? [];
  const next: PolicyDraft = { id: keep.id, label: keep.label || readableLabel(type, policies), type };
  for (const field of fields) {
    const value = initialValue(field, policies, attrs);
    if (value !== undefined) next[field.key] = value;
  }
  // A type whose settings name it (fairness) gets its name from them unless one was given.
  return keep.label || !fields.some((f) => f.relabels) ? next : { ...next, label: autoFairnessLabel(next, policies, attrs) };
}

/** "Propensity model", or "Propensity model 2" when that name is taken. */
function readableLabel(type: string, policies: PolicyDraft[]): string {
  const stem = policyDescriptor(type)?.label ?? type;
  const taken = new Set(policies.map((p) => p.label));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem} ${n}`)) return `${stem} ${n}`;
}

/** The name a fairness policy gets from its settings: "Platform delivery + demographic parity by Gender". */
export function autoFairnessLabel(p: PolicyDraft, policies: PolicyDraft[], attrs: AttrLike[]): string {
  const base = policies.find((x) => x.id === p.base);
  const attr = attrs.find((a) => a.id === p.attribute);
  return fairnessLabel(base?.label || base?.id || String(p.base ?? '?'), String(p.constraint ?? ''), attr?.label || attr?.id || String(p.attribute ?? '?'));
}

/** A fairness setting changed: keep a hand-written name, refresh one the settings made. */
function fairnessEdit(p: PolicyDraft, at: readonly (string | number)[], key: string, value: string, policies: PolicyDraft[], attrs: AttrLike[], emit: Emit) {
  const next = { ...p, [key]: value };
  const auto = !p.label || p.label === autoFairnessLabel(p, policies, attrs);
  emit({ path: at, value: auto ? { ...next, label: autoFairnessLabel(next, policies, attrs) } : next });
}

/**
 * The draft without policy `index`. Claims about that policy (a preset's checkable statements)
 * go with it: they could only fail from now on.
 */
export function withoutPolicy(draft: Draft, index: number): Draft {
  const policies = (Array.isArray(draft.policies) ? draft.policies : []) as PolicyDraft[];
  const id = policies[index]?.id;
  const next = { ...draft, policies: policies.filter((_, i) => i !== index) } as Draft;
  if (Array.isArray(draft.claims)) next.claims = draft.claims.filter((c) => c?.policy !== id);
  return next;
}

export function policiesSection(draft: Draft, emit: Emit): TemplateResult {
  const attrs = draftAttributes(draft);
  const policies = (Array.isArray(draft.policies) ? draft.policies : []) as PolicyDraft[];
  const ids = policies.map((p) => p.id ?? '');
  let newType = 'random';
  return html`
    <ol class="policies">
      ${policies.map((p, i) => html`<li class="policy">${policyCard(p, i, policies, attrs, emit, () => emit({ path: [], value: withoutPolicy(draft, i) }), derivedOptions(draft))}</li>`)}
    </ol>
    <div class="row add-policy">
      <label class="field inline"><span>New policy type</span>
        <select @change=${(e: Event) => (newType = (e.target as HTMLSelectElement).value)}>
          ${POLICY_DESCRIPTORS.map((t) => html`<option value=${t.type} title=${t.summary}>${t.label}</option>`)}
        </select></label>
      <button type="button" @click=${() => {
        const id = freshPolicyId(newType, ids);
        emit({ path: ['policies'], insert: { index: policies.length }, value: policyOfType(newType, { id }, policies, attrs) });
      }}>Add policy</button>
    </div>
  `;
}

function policyCard(p: PolicyDraft, i: number, policies: PolicyDraft[], attrs: AttrLike[], emit: Emit, remove: () => void, derived: AttrLike[] = []): TemplateResult {
  const at = ['policies', i] as const;
  const name = p.label || p.id || `policy ${i + 1}`;
  const ids = policies.map((x) => x.id ?? '');
  const duplicate: DraftEdit = {
    path: ['policies'],
    insert: { index: i + 1 },
    value: { ...structuredClone(p), id: freshPolicyId(`${p.id ?? 'policy'}-copy`, ids), label: `${name} (copy)` },
  };
  return html`<fieldset>
    <legend>${name}</legend>
    <div class="row">
      ${textField('Id', p.id, [...at, 'id'], emit, false)}
      ${textField('Label', p.label, [...at, 'label'], emit)}
      ${selectField('Type', p.type, POLICY_DESCRIPTORS.map((t) => ({ value: t.type, label: t.label })), [...at, 'type'], emit, (type) =>
        emit({ path: at, value: policyOfType(type, { id: p.id ?? '', label: p.label }, policies, attrs) }),
      )}
    </div>
    <p class="help">${policyDescriptor(p.type ?? '')?.summary ?? ''}</p>
    ${policyOptions(p, at, policies, attrs, emit, derived)}
    <div class="row actions">
      <button type="button" class="small" aria-label=${`Duplicate ${name}`} @click=${() => emit(duplicate)}>Duplicate</button>
      <button type="button" class="small danger" aria-label=${`Remove ${name}`} ?disabled=${policies.length <= 1}
        @click=${remove}>Remove</button>
    </div>
  </fieldset>`;
}

function policyOptions(p: PolicyDraft, at: readonly (string | number)[], policies: PolicyDraft[], attrs: AttrLike[], emit: Emit, derived: AttrLike[] = []): TemplateResult | typeof nothing {
  const type = policyDescriptor(p.type ?? '');
  if (!type) return nothing;
  // A constraint may balance a derived (inferred or joint) attribute too; its label names it.
  const edits = { emit, relabel: (key: string, value: string) => fairnessEdit(p, at, key, value, policies, [...attrs, ...derived], emit), derived };
  return policyFields(type, p, at, policies, attrs, edits, isLearnedScoring(type.type) ? addConstraintControl(p, attrs) : nothing);
}

/** "Add demographic parity by …": one choice adds a fairness policy wrapping this one and runs once. */
function addConstraintControl(p: PolicyDraft, attrs: AttrLike[]): TemplateResult {
  const cats = attrs.filter((a) => a.type === 'categorical' && a.id);
  return html`<label class="field inline add-constraint"><span>Add demographic parity by</span>
    <select aria-label=${`Add demographic parity to ${p.label || p.id || 'this policy'} by`} @change=${(e: Event) => {
      const select = e.target as HTMLSelectElement;
      const attribute = select.value;
      select.selectedIndex = 0;
      if (attribute && p.id) select.dispatchEvent(whatIfEvent({ kind: 'add-constraint', policy: p.id, constraint: 'demographic-parity', attribute }));
    }}>
      <option value="" selected>choose an attribute…</option>
      ${cats.map((a) => html`<option value=${a.id ?? ''}>${a.label || a.id}</option>`)}
    </select></label>`;
}

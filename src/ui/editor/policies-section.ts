/** Editor section: the policy list — add, duplicate, remove, and edit each policy's type and options. */
import { derivedOptions } from './derived-options';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { checkField, numberField, selectField, textField } from './controls';
import type { Draft, DraftEdit } from './draft';
import { draftAttributes } from './behaviour-section';
import type { AttrLike } from './group-values';
import { ruleEditor } from './rule-editor';
import { CONSTRAINT_OPTIONS, OPTION_HELP as H, POLICY_TYPE_WORDS, helpList, withHelp } from './option-help';
import { fairnessLabel } from '../what-if/policy-names';
import { whatIfEvent } from '../what-if/what-if';

type PolicyDraft = Record<string, unknown> & { id?: string; label?: string; type?: string };

export const POLICY_TYPES = ['random', 'rules', 'propensity', 'lookalike', 'delivery', 'fairness'] as const;
const SCORING = new Set(['propensity', 'lookalike', 'delivery']);

/** A unique id from a stem: `delivery`, `delivery-2`, … */
export function freshPolicyId(stem: string, taken: readonly string[]): string {
  if (!taken.includes(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.includes(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A valid policy of `type` keeping `id` and `label`; fills the options a type requires. */
export function policyOfType(type: string, keep: { id: string; label?: string }, policies: PolicyDraft[], attrs: AttrLike[]): PolicyDraft {
  const label = keep.label || readableLabel(type, policies);
  const base: PolicyDraft = { id: keep.id, label, type };
  if (type === 'rules') return { ...base, rule: { include: [] } };
  if (type === 'fairness') {
    const scoring = policies.find((p) => SCORING.has(p.type ?? ''));
    const attr = attrs.find((a) => a.type === 'categorical' && (a as { protected?: boolean }).protected) ?? attrs.find((a) => a.type === 'categorical');
    const fair = { ...base, base: scoring?.id ?? '', constraint: 'demographic-parity', attribute: attr?.id ?? '' };
    return keep.label ? fair : { ...fair, label: autoFairnessLabel(fair, policies, attrs) };
  }
  return base;
}

/** "Propensity model", or "Propensity model 2" when that name is taken. */
function readableLabel(type: string, policies: PolicyDraft[]): string {
  const stem = POLICY_TYPE_WORDS[type]?.label ?? type;
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
          ${POLICY_TYPES.map((t) => html`<option value=${t} title=${POLICY_TYPE_WORDS[t]?.help ?? ''}>${POLICY_TYPE_WORDS[t]?.label ?? t}</option>`)}
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
      ${selectField('Type', p.type, POLICY_TYPES.map((t) => ({ value: t, label: POLICY_TYPE_WORDS[t]?.label ?? t })), [...at, 'type'], emit, (type) =>
        emit({ path: at, value: policyOfType(type, { id: p.id ?? '', label: p.label }, policies, attrs) }),
      )}
    </div>
    <p class="help">${POLICY_TYPE_WORDS[p.type ?? '']?.help ?? ''}</p>
    ${policyOptions(p, at, policies, attrs, emit, derived)}
    <div class="row actions">
      <button type="button" class="small" aria-label=${`Duplicate ${name}`} @click=${() => emit(duplicate)}>Duplicate</button>
      <button type="button" class="small danger" aria-label=${`Remove ${name}`} ?disabled=${policies.length <= 1}
        @click=${remove}>Remove</button>
    </div>
  </fieldset>`;
}

function policyOptions(p: PolicyDraft, at: readonly (string | number)[], policies: PolicyDraft[], attrs: AttrLike[], emit: Emit, derived: AttrLike[] = []): TemplateResult | typeof nothing {
  if (p.type === 'rules') return ruleEditor('Targeting rule', attrs, p.rule, [...at, 'rule'], emit);
  if (p.type === 'fairness') {
    const bases = policies.filter((x) => SCORING.has(x.type ?? '')).map((x) => x.id ?? '');
    // A constraint may balance a derived (inferred or joint) attribute too.
    const cats = [...attrs.filter((a) => a.type === 'categorical'), ...derived].map((a) => ({ value: a.id ?? '', label: a.label || a.id || '' }));
    const fair = (key: string) => (value: string) => fairnessEdit(p, at, key, value, policies, [...attrs, ...derived], emit);
    return html`<div class="row">
      ${withHelp(selectField(H.base.label, p.base, bases, [...at, 'base'], emit, fair('base')), H.base.help)}
      ${withHelp(selectField(H.constraint.label, p.constraint, CONSTRAINT_OPTIONS, [...at, 'constraint'], emit, fair('constraint')), H.constraint.help)}
      ${withHelp(selectField(H.attribute.label, p.attribute, cats, [...at, 'attribute'], emit, fair('attribute')), H.attribute.help)}
      ${p.constraint === 'min-representation' ? withHelp(numberField(H.floor.label, p.floor, [...at, 'floor'], emit, { min: 0, max: 1, step: 0.05, placeholder: '0.8', optional: true }), H.floor.help) : nothing}
      ${p.constraint === 'variance-reduction' ? withHelp(numberField(H.tolerance.label, p.tolerance, [...at, 'tolerance'], emit, { min: 0, max: 0.5, step: 0.01, placeholder: '0.02', optional: true }), H.tolerance.help) : nothing}
    </div>
    ${helpList([H.base, H.constraint, H.attribute, ...(p.constraint === 'min-representation' ? [H.floor] : []), ...(p.constraint === 'variance-reduction' ? [H.tolerance] : [])])}`;
  }
  if (!SCORING.has(p.type ?? '')) return nothing;
  const useProtected = p.useProtected === true;
  const features = Array.isArray(p.features) ? (p.features as string[]) : undefined;
  const allowed = attrs.filter((a) => useProtected || !(a as { protected?: boolean }).protected);
  return html`<div class="row">
      ${withHelp(checkField(H.useProtected.label, useProtected, (v) => emit({ path: [...at, 'useProtected'], value: v || undefined })), H.useProtected.help)}
      ${withHelp(numberField(H.l2.label, p.l2, [...at, 'l2'], emit, { min: 0, step: 0.1, placeholder: '1', optional: true }), H.l2.help)}
      ${p.type === 'delivery' ? withHelp(selectField(H.objective.label, p.objective ?? 'click', [{ value: 'click', label: 'clicks' }, { value: 'conversion', label: 'conversions' }], [...at, 'objective'], emit), H.objective.help) : nothing}
      ${p.type === 'lookalike' ? withHelp(numberField(H.sampleSize.label, p.sampleSize, [...at, 'sampleSize'], emit, { min: 1, step: 1000, placeholder: '20000', optional: true }), H.sampleSize.help) : nothing}
    </div>
    <div class="features" role="group" aria-label=${`${H.features.label}: ${p.label || p.id || ''}`}>
      <span class="muted" title=${H.features.help}>${H.features.label}:</span>
      ${checkField('all it may use', features === undefined, (all) => emit({ path: [...at, 'features'], value: all ? undefined : allowed.map((a) => a.id) }))}
      ${allowed.map((a) => {
        // Every feature is shown, ticked by default: dropping one is a single untick (one run).
        const seen = features ?? allowed.map((x) => x.id ?? '');
        return checkField(a.label || a.id || '', seen.includes(a.id ?? ''), (on) =>
          emit({ path: [...at, 'features'], value: allowed.map((x) => x.id ?? '').filter((id) => (id === a.id ? on : seen.includes(id))) }),
        );
      })}
    </div>
    ${addConstraintControl(p, attrs)}
    ${helpList([H.useProtected, H.l2, ...(p.type === 'delivery' ? [H.objective] : []), ...(p.type === 'lookalike' ? [H.sampleSize] : []), H.features])}`;
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

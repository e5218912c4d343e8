/**
 * A policy's options in the editor, rendered from its type's descriptor (core/policies/types):
 * the fields it lists, in order, with defaults read from the type's schema — never repeated here.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { z } from 'zod';
import type { PolicyDescriptor } from '../../core/policies/types/catalogue';
import { isLearnedScoring } from '../../core/policies/types/catalogue';
import type { EditorField } from '../../core/policies/types/descriptor';
import type { Emit } from './controls';
import { checkField, numberField, selectField } from './controls';
import type { AttrLike } from './group-values';
import { helpList, withHelp } from './option-help';
import { ruleEditor } from './rule-editor';

export type PolicyDraft = Record<string, unknown> & { id?: string; label?: string; type?: string };
type At = readonly (string | number)[];

/** How a field's edit reaches the draft: as given, or through the fairness label refresh. */
export interface FieldEdits {
  emit: Emit;
  relabel: (key: string, value: string) => void;
  /** Derived (inferred, joint) attributes: offered where a constraint names an attribute, never for rules or features. */
  derived?: readonly AttrLike[];
}

/** The value a type's schema fills in for an absent option (undefined when it has none). */
export function schemaDefault(type: PolicyDescriptor, key: string): unknown {
  const field = (type.schema.shape as Record<string, z.core.$ZodType | undefined>)[key];
  const parsed = field ? z.safeParse(field, undefined) : undefined;
  return parsed?.success ? parsed.data : undefined;
}

/** The starting value of a required field of a new policy (undefined: leave the key out). */
export function initialValue(field: EditorField, policies: readonly PolicyDraft[], attrs: readonly AttrLike[]): unknown {
  if (field.kind === 'rule') return { include: [] };
  if (field.kind === 'learned-policy') return policies.find((p) => isLearnedScoring(p.type ?? ''))?.id ?? '';
  if (field.kind === 'categorical-attribute') {
    const cats = attrs.filter((a) => a.type === 'categorical');
    return (cats.find((a) => (a as { protected?: boolean }).protected) ?? cats[0])?.id ?? '';
  }
  if (field.kind === 'choice' && field.relabels) return field.choices[0]?.value;
  return undefined;
}

function visible(field: EditorField, p: PolicyDraft): boolean {
  return !field.when || p[field.when.key] === field.when.is;
}

function control(field: EditorField, type: PolicyDescriptor, p: PolicyDraft, at: At, policies: readonly PolicyDraft[], attrs: readonly AttrLike[], edits: FieldEdits): TemplateResult | typeof nothing {
  const path = [...at, field.key];
  const onChange = field.relabels ? (value: string) => edits.relabel(field.key, value) : undefined;
  const help = (c: TemplateResult) => (field.help ? withHelp(c, field.help) : c);
  switch (field.kind) {
    case 'number': {
      const fallback = schemaDefault(type, field.key);
      const placeholder = typeof fallback === 'number' ? String(fallback) : undefined;
      return help(numberField(field.label, p[field.key], path, edits.emit, { min: field.min, max: field.max, step: field.step, placeholder, optional: true }));
    }
    case 'choice':
      return help(selectField(field.label, p[field.key] ?? schemaDefault(type, field.key), field.choices, path, edits.emit, onChange));
    case 'check':
      return help(checkField(field.label, p[field.key] === true, (v) => edits.emit({ path, value: v || undefined })));
    case 'learned-policy':
      return help(selectField(field.label, p[field.key], policies.filter((x) => isLearnedScoring(x.type ?? '')).map((x) => x.id ?? ''), path, edits.emit, onChange));
    case 'categorical-attribute': {
      const cats = [...attrs.filter((a) => a.type === 'categorical'), ...(edits.derived ?? [])].map((a) => ({ value: a.id ?? '', label: a.label || a.id || '' }));
      return help(selectField(field.label, p[field.key], cats, path, edits.emit, onChange));
    }
    default:
      return nothing;
  }
}

/** The model's features: every attribute it may use, ticked by default (dropping one is a single untick). */
function featuresControl(field: EditorField, p: PolicyDraft, at: At, attrs: readonly AttrLike[], emit: Emit): TemplateResult {
  const useProtected = p.useProtected === true;
  const features = Array.isArray(p[field.key]) ? (p[field.key] as string[]) : undefined;
  const allowed = attrs.filter((a) => useProtected || !(a as { protected?: boolean }).protected);
  const path = [...at, field.key];
  return html`<div class="features" role="group" aria-label=${`${field.label}: ${p.label || p.id || ''}`}>
      <span class="muted" title=${field.help ?? ''}>${field.label}:</span>
      ${checkField('all it may use', features === undefined, (all) => emit({ path, value: all ? undefined : allowed.map((a) => a.id) }))}
      ${allowed.map((a) => {
        const seen = features ?? allowed.map((x) => x.id ?? '');
        return checkField(a.label || a.id || '', seen.includes(a.id ?? ''), (on) =>
          emit({ path, value: allowed.map((x) => x.id ?? '').filter((id) => (id === a.id ? on : seen.includes(id))) }),
        );
      })}
    </div>`;
}

/** Every option of a policy of `type`: a row of controls, then rules and features, then "add a constraint", then their help. */
export function policyFields(
  type: PolicyDescriptor,
  p: PolicyDraft,
  at: At,
  policies: readonly PolicyDraft[],
  attrs: readonly AttrLike[],
  edits: FieldEdits,
  after: TemplateResult | typeof nothing = nothing,
): TemplateResult | typeof nothing {
  const fields = type.editor.filter((f) => visible(f, p));
  if (fields.length === 0) return nothing;
  const inRow = fields.filter((f) => f.kind !== 'rule' && f.kind !== 'features');
  const helped = fields.filter((f): f is EditorField & { help: string } => f.help !== undefined);
  return html`${inRow.length ? html`<div class="row">${inRow.map((f) => control(f, type, p, at, policies, attrs, edits))}</div>` : nothing}
    ${fields.map((f) =>
      f.kind === 'rule' ? ruleEditor(f.label, attrs as AttrLike[], p[f.key], [...at, f.key], edits.emit) : f.kind === 'features' ? featuresControl(f, p, at, attrs, edits.emit) : nothing,
    )}
    ${after}
    ${helped.length ? helpList(helped) : nothing}`;
}

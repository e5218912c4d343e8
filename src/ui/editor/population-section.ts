/** Editor section: population size and attributes (categories with weight sliders, conditional
 * tables row by row, numeric distributions). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { checkField, numberField, selectField, shares, textField, weightSlider } from './controls';
import type { Draft } from './draft';
import { withHelp } from './option-help';
import { categoryName, groupValuesEditor } from './group-values';
import type { AttrLike } from './group-values';
import { withCategoryAdded, withCategoryRemoved } from './category-edits';
import type { NewAttributeType } from './attribute-edits';
import { removalProblems, withAttributeAdded, withAttributeRemoved } from './attribute-edits';

/** Editor state the population section needs: which attribute is waiting for "Remove anyway". */
export interface PopulationUi {
  removing: number | undefined;
  askRemoval(index: number | undefined): void;
}

type AttrDraft = Record<string, unknown> & { id?: string; label?: string; type?: string };
type CategoryDraft = { id?: string; label?: string };

const DISTRIBUTION_PARAMETERS: Record<string, string[]> = {
  normal: ['mean', 'sd'],
  lognormal: ['mu', 'sigma'],
  uniform: ['min', 'max'],
  beta: ['alpha', 'beta'],
};
/** What a shift moves, per distribution (see `shift` in the schema). */
const SHIFT_UNIT: Record<string, string> = { normal: 'mean', lognormal: 'log-mean', uniform: 'value', beta: 'logit' };
const DISTRIBUTION_DEFAULTS: Record<string, Record<string, number>> = {
  normal: { mean: 0, sd: 1 },
  lognormal: { mu: 0, sigma: 0.5 },
  uniform: { min: 0, max: 1 },
  beta: { alpha: 2, beta: 2 },
};

const NO_UI: PopulationUi = { removing: undefined, askRemoval: () => {} };

export function populationSection(draft: Draft, emit: Emit, ui: PopulationUi = NO_UI): TemplateResult {
  const attrs = (Array.isArray(draft.population?.attributes) ? draft.population.attributes : []) as AttrDraft[];
  const replace = (next: Draft) => emit({ path: [], value: next });
  let newType: NewAttributeType = 'categorical';
  return html`
    ${numberField('People in the population', draft.population?.size, ['population', 'size'], emit, { min: 1, step: 1 })}
    ${attrs.map((a, i) => attributeFieldset(a, i, attrs, draft, emit, ui))}
    <div class="row add-attribute">
      <label class="field inline"><span>New attribute type</span>
        <select @change=${(e: Event) => (newType = (e.target as HTMLSelectElement).value as NewAttributeType)}>
          <option value="categorical">categorical</option>
          <option value="numeric">numeric</option>
        </select></label>
      <button type="button" @click=${() => replace(withAttributeAdded(draft, newType))}>Add attribute</button>
    </div>
  `;
}

function attributeFieldset(a: AttrDraft, i: number, all: AttrDraft[], draft: Draft, emit: Emit, ui: PopulationUi): TemplateResult {
  const at = ['population', 'attributes', i] as const;
  const name = a.label || a.id || `attribute ${i + 1}`;
  return html`<fieldset class="attribute">
    <legend>${name} <span class="muted">(${a.type ?? '?'})</span></legend>
    <div class="row">
      ${textField('Label', a.label, [...at, 'label'], emit)}
      ${withHelp(checkField('Protected', a.protected === true, (v) => emit({ path: [...at, 'protected'], value: v })), 'Protected: the audit checks who is reached by this attribute, and models use it only when a policy allows it.')}
    </div>
    ${a.type === 'categorical' ? categorical(a, i, all, draft, emit) : a.type === 'numeric' ? numeric(a, i, all, emit) : nothing}
    ${ui.removing === i
      ? removalWarning(name, i, draft, emit, ui)
      : html`<div class="row actions">
          <button type="button" class="small danger" aria-label=${`Remove attribute ${name}`} ?disabled=${all.length <= 1}
            @click=${() => ui.askRemoval(i)}>Remove attribute</button>
        </div>`}
  </fieldset>`;
}

/** Before removing an attribute: the references that would break, and a second, explicit click. */
function removalWarning(name: string, i: number, draft: Draft, emit: Emit, ui: PopulationUi): TemplateResult {
  const problems = removalProblems(draft, i);
  return html`<div class="notice removal" role="alert">
    ${problems.length
      ? html`<p>Removing ${name} breaks ${problems.length} reference(s); they will be listed as problems to fix:</p>
          <ul class="breaks">${problems.slice(0, 8).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>
          ${problems.length > 8 ? html`<p>and ${problems.length - 8} more.</p>` : nothing}`
      : html`<p>Nothing else refers to ${name}.</p>`}
    <div class="row">
      <button type="button" class="small danger" @click=${() => {
        ui.askRemoval(undefined);
        emit({ path: [], value: withAttributeRemoved(draft, i) });
      }}>Remove ${name}</button>
      <button type="button" class="small" @click=${() => ui.askRemoval(undefined)}>Keep it</button>
    </div>
  </div>`;
}

function categorical(a: AttrDraft, i: number, all: AttrDraft[], draft: Draft, emit: Emit): TemplateResult {
  const at = ['population', 'attributes', i] as const;
  const cats = (Array.isArray(a.categories) ? a.categories : []) as CategoryDraft[];
  return html`${categoricalWeights(a, at, cats, all, emit)}${categoryList(a, i, cats, draft, emit)}`;
}

/** Category labels (editable) with a remove button each, and "+ category". */
function categoryList(a: AttrDraft, i: number, cats: CategoryDraft[], draft: Draft, emit: Emit): TemplateResult {
  const name = a.label || a.id || `attribute ${i + 1}`;
  return html`<div class="categories" role="group" aria-label=${`Categories of ${name}`}>
    <span class="muted">Categories:</span>
    ${cats.map((c, ci) => html`<span class="category">
      <input type="text" class="category-label" .value=${c.label ?? ''} placeholder=${c.id ?? ''} aria-label=${`Label of ${name} category ${c.id ?? ci + 1}`}
        @change=${(e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          emit({ path: ['population', 'attributes', i, 'categories', ci, 'label'], value: v === '' ? undefined : v });
        }} />
      <button type="button" class="small" aria-label=${`Remove category ${categoryName(c, ci)} of ${name}`} ?disabled=${cats.length <= 1}
        @click=${() => emit({ path: [], value: withCategoryRemoved(draft, i, ci) })}>✕</button>
    </span>`)}
    <button type="button" class="small" aria-label=${`Add a category to ${name}`} @click=${() => emit({ path: [], value: withCategoryAdded(draft, i) })}>+ category</button>
  </div>`;
}

function categoricalWeights(a: AttrDraft, at: readonly (string | number)[], cats: CategoryDraft[], all: AttrDraft[], emit: Emit): TemplateResult {
  const given = Array.isArray(a.given) ? (a.given as string[]) : undefined;
  const table = a.table && typeof a.table === 'object' ? (a.table as Record<string, unknown[]>) : undefined;
  if (given && table) {
    return html`<p class="hint">Weights depend on ${given.join(', ')}: one row per combination.</p>
      ${Object.entries(table).map(([key, row]) => {
        const s = shares(Array.isArray(row) ? row : []);
        return html`<div class="table-row" role="group" aria-label=${`Weights when ${given.join(', ')} = ${parentLabel(key, given, all)}`}>
          <div class="table-key">${parentLabel(key, given, all)}</div>
          ${cats.map((c, ci) =>
            weightSlider(`${categoryName(c, ci)} · ${parentLabel(key, given, all)}`, Array.isArray(row) ? row[ci] : undefined, [...at, 'table', key, ci], emit, s[ci]),
          )}
        </div>`;
      })}`;
  }
  const weights = Array.isArray(a.weights) ? a.weights : [];
  const s = shares(weights);
  return html`${cats.map((c, ci) => weightSlider(categoryName(c, ci), weights[ci], [...at, 'weights', ci], emit, s[ci]))}`;
}

/** "Group B" for key "b" of parent ethnicity; "Women · 25-34" for "f|25-34". */
function parentLabel(key: string, given: string[], all: AttrDraft[]): string {
  return key
    .split('|')
    .map((part, i) => {
      const parent = all.find((p) => p.id === given[i]);
      const cats = (Array.isArray(parent?.categories) ? parent.categories : []) as CategoryDraft[];
      const c = cats.find((x) => x.id === part);
      return c?.label || part;
    })
    .join(' · ');
}

/** What each distribution's parameters mean, in words. */
const DISTRIBUTION_WORDS: Record<string, string> = {
  normal: 'Bell-shaped: mean is the typical value, sd how far values spread around it.',
  lognormal: 'Skewed to the right, like income: mu and sigma are the mean and spread of its logarithm.',
  uniform: 'Every value between min and max equally likely.',
  beta: 'A value between 0 and 1 (a share or a probability): alpha and beta set its shape; the mean is alpha ÷ (alpha + beta).',
};

function numeric(a: AttrDraft, i: number, all: AttrDraft[], emit: Emit): TemplateResult {
  const at = ['population', 'attributes', i] as const;
  const d = (a.distribution ?? {}) as Record<string, unknown>;
  const kind = typeof d.kind === 'string' ? d.kind : 'normal';
  const params = DISTRIBUTION_PARAMETERS[kind] ?? [];
  // Shifts may depend only on earlier categorical attributes (they are generated first).
  const parents = all.slice(0, i).filter((p) => p.type === 'categorical') as AttrLike[];
  const shiftTitle = `Shift of the ${SHIFT_UNIT[kind] ?? 'mean'} by group`;
  return html`<div class="row">
    ${selectField('Distribution', kind, Object.keys(DISTRIBUTION_PARAMETERS), [...at, 'distribution'], emit, (k) =>
      emit({ path: [...at, 'distribution'], value: { kind: k, ...DISTRIBUTION_DEFAULTS[k] } }),
    )}
    ${params.map((p) => numberField(p, d[p], [...at, 'distribution', p], emit))}
  </div>
  <p class="help">${DISTRIBUTION_WORDS[kind] ?? ''}</p>
  ${parents.length
    ? groupValuesEditor(shiftTitle, parents, a.shift, [...at, 'shift'], emit, { numeric: false, neutral: 0 })
    : html`<p class="hint">Add a categorical attribute above this one to shift it by group.</p>`}`;
}

/** Editor section: population size and attributes (categories with weight sliders, conditional
 * tables row by row, numeric distributions). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { checkField, numberField, selectField, shares, textField, weightSlider } from './controls';
import type { Draft } from './draft';

type AttrDraft = Record<string, unknown> & { id?: string; label?: string; type?: string };
type CategoryDraft = { id?: string; label?: string };

const DISTRIBUTION_PARAMETERS: Record<string, string[]> = {
  normal: ['mean', 'sd'],
  lognormal: ['mu', 'sigma'],
  uniform: ['min', 'max'],
  beta: ['alpha', 'beta'],
};
const DISTRIBUTION_DEFAULTS: Record<string, Record<string, number>> = {
  normal: { mean: 0, sd: 1 },
  lognormal: { mu: 0, sigma: 0.5 },
  uniform: { min: 0, max: 1 },
  beta: { alpha: 2, beta: 2 },
};

export function categoryName(c: CategoryDraft | undefined, i: number): string {
  return c?.label || c?.id || `category ${i + 1}`;
}

export function populationSection(draft: Draft, emit: Emit): TemplateResult {
  const attrs = (Array.isArray(draft.population?.attributes) ? draft.population.attributes : []) as AttrDraft[];
  return html`
    ${numberField('People in the population', draft.population?.size, ['population', 'size'], emit, { min: 1, step: 1 })}
    ${attrs.map((a, i) => attributeFieldset(a, i, attrs, emit))}
  `;
}

function attributeFieldset(a: AttrDraft, i: number, all: AttrDraft[], emit: Emit): TemplateResult {
  const at = ['population', 'attributes', i] as const;
  return html`<fieldset class="attribute">
    <legend>${a.label || a.id || `attribute ${i + 1}`} <span class="muted">(${a.type ?? '?'})</span></legend>
    <div class="row">
      ${textField('Label', a.label, [...at, 'label'], emit)}
      ${checkField('Protected', a.protected === true, (v) => emit({ path: [...at, 'protected'], value: v }))}
    </div>
    ${a.type === 'categorical' ? categorical(a, at, all, emit) : a.type === 'numeric' ? numeric(a, at, emit) : nothing}
  </fieldset>`;
}

function categorical(a: AttrDraft, at: readonly (string | number)[], all: AttrDraft[], emit: Emit): TemplateResult {
  const cats = (Array.isArray(a.categories) ? a.categories : []) as CategoryDraft[];
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

function numeric(a: AttrDraft, at: readonly (string | number)[], emit: Emit): TemplateResult {
  const d = (a.distribution ?? {}) as Record<string, unknown>;
  const kind = typeof d.kind === 'string' ? d.kind : 'normal';
  const params = DISTRIBUTION_PARAMETERS[kind] ?? [];
  return html`<div class="row">
    ${selectField('Distribution', kind, Object.keys(DISTRIBUTION_PARAMETERS), [...at, 'distribution'], emit, (k) =>
      emit({ path: [...at, 'distribution'], value: { kind: k, ...DISTRIBUTION_DEFAULTS[k] } }),
    )}
    ${params.map((p) => numberField(p, d[p], [...at, 'distribution', p], emit))}
  </div>`;
}

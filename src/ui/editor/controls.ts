/**
 * Small form controls shared by the editor sections. Each control reports an edit of the draft at
 * a path; labels come from scenario files and are rendered as text by Lit, never as HTML.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DraftEdit, DraftPath } from './draft';

export type Emit = (edit: DraftEdit) => void;

function numberOrUndefined(raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export interface NumberOptions {
  min?: number;
  max?: number;
  step?: number | 'any';
  /** Shown when the field is empty (the default the scenario gets). */
  placeholder?: string;
  /** With `optional`, clearing the field removes the key (the default applies). */
  optional?: boolean;
}

export function numberField(label: string, value: unknown, path: DraftPath, emit: Emit, o: NumberOptions = {}): TemplateResult {
  const shown = typeof value === 'number' ? String(value) : '';
  return html`<label class="field"
    ><span>${label}</span
    ><input
      type="number"
      .value=${shown}
      min=${o.min ?? nothing}
      max=${o.max ?? nothing}
      step=${o.step ?? 'any'}
      placeholder=${o.placeholder ?? nothing}
      @change=${(e: Event) => {
        const n = numberOrUndefined((e.target as HTMLInputElement).value);
        if (n === undefined && !o.optional) return;
        emit({ path, value: n });
      }}
  /></label>`;
}

export function textField(label: string, value: unknown, path: DraftPath, emit: Emit, optional = true): TemplateResult {
  return html`<label class="field"
    ><span>${label}</span
    ><input
      type="text"
      .value=${typeof value === 'string' ? value : ''}
      @change=${(e: Event) => {
        const v = (e.target as HTMLInputElement).value;
        emit({ path, value: v === '' && optional ? undefined : v });
      }}
  /></label>`;
}

export function selectField(
  label: string,
  value: unknown,
  options: readonly (string | { value: string; label: string })[],
  path: DraftPath,
  emit: Emit,
  onSelect?: (value: string) => void,
): TemplateResult {
  return html`<label class="field"
    ><span>${label}</span
    ><select
      @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        if (onSelect) onSelect(v);
        else emit({ path, value: v });
      }}
    >
      ${options.map((o) => {
        const v = typeof o === 'string' ? o : o.value;
        return html`<option value=${v} ?selected=${v === value}>${typeof o === 'string' ? o : o.label}</option>`;
      })}
    </select></label
  >`;
}

export function checkField(label: string, checked: boolean, onToggle: (checked: boolean) => void): TemplateResult {
  return html`<label class="check"
    ><input type="checkbox" .checked=${checked} @change=${(e: Event) => onToggle((e.target as HTMLInputElement).checked)} /><span
      >${label}</span
    ></label
  >`;
}

/**
 * A weight: a slider for quick what-ifs plus a number box for exact values. The slider's range
 * grows with the value so that large weights (counts rather than percentages) still fit.
 */
export function weightSlider(label: string, value: unknown, path: DraftPath, emit: Emit, share?: number): TemplateResult {
  const v = typeof value === 'number' ? value : 0;
  const max = Math.max(100, Math.ceil((v * 2) / 10) * 10);
  const set = (raw: string) => {
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0) emit({ path, value: n });
  };
  return html`<div class="weight">
    <span class="weight-label">${label}</span>
    <input
      type="range"
      min="0"
      max=${max}
      step="any"
      .value=${String(v)}
      aria-label=${`Weight of ${label}`}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
    />
    <input
      type="number"
      class="weight-number"
      min="0"
      step="any"
      .value=${String(Math.round(v * 1000) / 1000)}
      aria-label=${`Weight of ${label} (number)`}
      @change=${(e: Event) => set((e.target as HTMLInputElement).value)}
    />
    ${share === undefined ? nothing : html`<span class="share" aria-hidden="true">${(share * 100).toFixed(1)}%</span>`}
  </div>`;
}

/** Normalised shares of a weight list (the population the weights produce). */
export function shares(weights: readonly unknown[]): number[] {
  const w = weights.map((x) => (typeof x === 'number' && x > 0 ? x : 0));
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (total > 0 ? x / total : 0));
}

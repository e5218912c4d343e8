/**
 * Editors for the maps that attach a number to groups: behaviour effects (a coefficient for a
 * numeric attribute, an effect per category for a categorical one), price multipliers, label bias,
 * extra observation noise. Only attributes already in the map are listed, plus an "add" menu, so
 * the panel stays short.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import type { DraftPath } from './draft';

export type AttrLike = { id?: string; label?: string; type?: string; categories?: { id?: string; label?: string }[] };

export interface GroupValueOptions {
  /** Numeric attributes may carry a single coefficient (effects only). */
  numeric: boolean;
  /** The value a missing entry means (0 for effects, 1 for multipliers and label bias). */
  neutral: number;
  step?: number;
}

export function groupValuesEditor(
  title: string,
  attrs: AttrLike[],
  map: unknown,
  path: DraftPath,
  emit: Emit,
  o: GroupValueOptions,
): TemplateResult {
  const entries = map && typeof map === 'object' ? Object.entries(map as Record<string, unknown>) : [];
  const usable = attrs.filter((a) => a.id && (a.type === 'categorical' || (o.numeric && a.type === 'numeric')));
  const unused = usable.filter((a) => !entries.some(([k]) => k === a.id));
  return html`<div class="group-values" role="group" aria-label=${title}>
    <div class="group-values-title">${title}</div>
    ${entries.map(([attrId, value]) => {
      const attr = attrs.find((a) => a.id === attrId);
      const name = attr?.label || attrId;
      const remove = html`<button type="button" class="small" aria-label=${`Remove ${name} from ${title}`} @click=${() => emit({ path: [...path, attrId], value: undefined })}>✕</button>`;
      if (typeof value === 'number' || attr?.type === 'numeric') {
        return html`<div class="gv-row"><span class="gv-attr">${name}</span>
          <label class="field inline"><span>per SD</span><input type="number" step=${o.step ?? 0.05} .value=${typeof value === 'number' ? String(value) : ''}
            @change=${(e: Event) => emitNumber(e, [...path, attrId], emit)} /></label>${remove}</div>`;
      }
      const cats = attr?.categories ?? [];
      const byCat = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
      return html`<div class="gv-row"><span class="gv-attr">${name}</span>
        ${cats.map((c, ci) => html`<label class="field inline"><span>${categoryName(c, ci)}</span><input type="number" step=${o.step ?? 0.05}
          placeholder=${String(o.neutral)} .value=${typeof byCat[c.id ?? ''] === 'number' ? String(byCat[c.id ?? '']) : ''}
          @change=${(e: Event) => emitNumber(e, [...path, attrId, c.id ?? ''], emit)} /></label>`)}
        ${remove}</div>`;
    })}
    ${unused.length
      ? html`<label class="field inline add"><span>Add</span><select aria-label=${`Add an attribute to ${title}`}
          @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            const attr = usable.find((a) => a.id === select.value);
            select.value = '';
            if (attr) emit({ path: [...path, attr.id!], value: attr.type === 'numeric' ? o.neutral : {} });
          }}>
          <option value="">attribute…</option>
          ${unused.map((a) => html`<option value=${a.id ?? ''}>${a.label || a.id}</option>`)}
        </select></label>`
      : nothing}
  </div>`;
}

function emitNumber(e: Event, path: DraftPath, emit: Emit) {
  const raw = (e.target as HTMLInputElement).value;
  if (raw.trim() === '') return emit({ path, value: undefined });
  const n = Number(raw);
  if (Number.isFinite(n)) emit({ path, value: n });
}

export function categoryName(c: { id?: string; label?: string } | undefined, i: number): string {
  return c?.label || c?.id || `category ${i + 1}`;
}

/** Editor section: audit settings (attributes, intersections, band, metric, multiplicity, replicates / model noise). */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { checkField, numberField, selectField } from './controls';
import type { Draft } from './draft';
import { draftAttributes } from './behaviour-section';

/** Replicates the "measure model noise" switch asks for (as `fairground run --model-noise`). */
export const MODEL_NOISE_REPLICATES = 20;

export function auditSection(draft: Draft, emit: Emit): TemplateResult {
  const cats = draftAttributes(draft).filter((a) => a.type === 'categorical' && a.id);
  const audit = (draft.audit ?? {}) as Record<string, unknown>;
  const chosen = Array.isArray(audit.attributes) ? (audit.attributes as string[]) : undefined;
  const intersections = (Array.isArray(audit.intersections) ? audit.intersections : []) as string[][];
  const band = (audit.band ?? {}) as Record<string, unknown>;
  const options = cats.map((a) => ({ value: a.id ?? '', label: a.label || a.id || '' }));
  return html`
    <div class="features" role="group" aria-label="Audited attributes">
      <span class="muted">Audit by:</span>
      ${checkField('every protected attribute', chosen === undefined, (all) =>
        emit({ path: ['audit', 'attributes'], value: all ? undefined : cats.filter((a) => (a as { protected?: boolean }).protected).map((a) => a.id) }),
      )}
      ${chosen
        ? cats.map((a) =>
            checkField(a.label || a.id || '', chosen.includes(a.id ?? ''), (on) =>
              emit({ path: ['audit', 'attributes'], value: cats.map((x) => x.id ?? '').filter((id) => (id === a.id ? on : chosen.includes(id))) }),
            ),
          )
        : ''}
    </div>
    <div class="group-values-title">Intersections</div>
    ${intersections.map((combo, i) => html`<div class="row predicate">
      ${combo.map((id, j) => selectField(j === 0 ? 'Attribute' : '×', id, options, ['audit', 'intersections', i, j], emit))}
      <button type="button" class="small" aria-label=${`Remove intersection ${combo.join(' × ')}`} @click=${() => emit({ path: ['audit', 'intersections', i], remove: true })}>✕</button>
    </div>`)}
    <button type="button" class="small" ?disabled=${cats.length < 2} @click=${() =>
      emit({ path: ['audit', 'intersections'], insert: { index: intersections.length }, value: [cats[0]?.id, cats[1]?.id] })}>+ intersection</button>
    <div class="row">
      ${selectField('Verdict metric', audit.metric ?? 'representationRatio', [
        { value: 'representationRatio', label: 'representation ratio' },
        { value: 'disparateImpact', label: 'disparate impact' },
        { value: 'impactRatio', label: 'impact ratio (four-fifths rule)' },
      ], ['audit', 'metric'], emit)}
      ${selectField('Many groups at once', audit.multiplicity ?? 'holm', [
        { value: 'holm', label: 'Holm (family-wise 5%)' },
        { value: 'bh', label: 'Benjamini–Hochberg (FDR 5%)' },
        { value: 'none', label: 'no correction' },
      ], ['audit', 'multiplicity'], emit)}
      ${numberField('Band low', band.low, ['audit', 'band', 'low'], emit, { min: 0, max: 1, step: 0.05, placeholder: '0.8', optional: true })}
      ${numberField('Band high', band.high, ['audit', 'band', 'high'], emit, { min: 1, step: 0.05, placeholder: '1.25', optional: true })}
      ${numberField('Replicates', audit.replicates, ['audit', 'replicates'], emit, { min: 1, max: 50, step: 1, placeholder: '1', optional: true })}
      ${checkField(`Measure model noise: ${MODEL_NOISE_REPLICATES} replicates`, Number(audit.replicates ?? 1) > 1, (on) =>
        emit({ path: ['audit', 'replicates'], value: on ? MODEL_NOISE_REPLICATES : undefined }),
      )}
      ${numberField('Min group size', audit.minGroupSize, ['audit', 'minGroupSize'], emit, { min: 1, step: 1, placeholder: '30', optional: true })}
    </div>
  `;
}

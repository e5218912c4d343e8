/** Editor section: audit settings (attributes, intersections, band, metric, multiplicity, replicates / model noise). */
import { derivedOptions } from './derived-options';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { checkField, numberField, selectField } from './controls';
import type { Draft } from './draft';
import { draftAttributes } from './behaviour-section';
import { helpList, withHelp } from './option-help';
import { defaultPlaceholder, schemaDefaultAt } from './schema-defaults';

/** Audit options in plain words, with what each one does. */
const A = {
  metric: { label: 'Verdict metric', help: 'Representation ratio: a group’s share of the people reached ÷ its share of the population. Disparate impact: its reach rate ÷ the reference group’s. Impact ratio: its reach rate ÷ the highest group’s (the four-fifths rule).' },
  multiplicity: { label: 'Many groups at once', help: 'With many groups, some look unfair by chance: Holm keeps the chance of any false verdict at 5%, Benjamini–Hochberg the share of false verdicts at 5%.' },
  low: { label: 'Fair band, low', help: 'Below this ratio a group is “excluded” (0.8: the four-fifths rule).' },
  high: { label: 'Fair band, high', help: 'Above this ratio a group is “over-targeted”.' },
  replicates: { label: 'Repeat runs (replicates)', help: 'Runs with other seeds, to show how much the numbers move by chance.' },
  minGroupSize: { label: 'Smallest group judged', help: 'Groups with fewer people are shown but given no verdict: too few to tell.' },
  modelNoise: { label: 'Measure model noise', help: 'Runs 20 seeds so that a learned policy’s verdicts include how much its model changes when refitted.' },
} as const;

/** Replicates the "measure model noise" switch asks for (as `fairground run --model-noise`). */
export const MODEL_NOISE_REPLICATES = 20;

export function auditSection(draft: Draft, emit: Emit): TemplateResult {
  const cats = [...draftAttributes(draft).filter((a) => a.type === 'categorical' && a.id), ...derivedOptions(draft)];
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
      ${withHelp(selectField(A.metric.label, audit.metric ?? 'representationRatio', [
        { value: 'representationRatio', label: 'representation ratio' },
        { value: 'disparateImpact', label: 'disparate impact' },
        { value: 'impactRatio', label: 'impact ratio (four-fifths rule)' },
      ], ['audit', 'metric'], emit), A.metric.help)}
      ${withHelp(selectField(A.multiplicity.label, audit.multiplicity ?? String(schemaDefaultAt(['audit', 'multiplicity'])), [
        { value: 'holm', label: 'Holm (family-wise 5%)' },
        { value: 'bh', label: 'Benjamini–Hochberg (FDR 5%)' },
        { value: 'none', label: 'no correction' },
      ], ['audit', 'multiplicity'], emit), A.multiplicity.help)}
      ${withHelp(numberField(A.low.label, band.low, ['audit', 'band', 'low'], emit, { min: 0, max: 1, step: 0.05, placeholder: defaultPlaceholder(['audit', 'band', 'low']), optional: true }), A.low.help)}
      ${withHelp(numberField(A.high.label, band.high, ['audit', 'band', 'high'], emit, { min: 1, step: 0.05, placeholder: defaultPlaceholder(['audit', 'band', 'high']), optional: true }), A.high.help)}
      ${withHelp(numberField(A.replicates.label, audit.replicates, ['audit', 'replicates'], emit, { min: 1, max: 50, step: 1, placeholder: defaultPlaceholder(['audit', 'replicates']), optional: true }), A.replicates.help)}
      ${withHelp(checkField(`Measure model noise: ${MODEL_NOISE_REPLICATES} replicates`, Number(audit.replicates ?? 1) > 1, (on) =>
        emit({ path: ['audit', 'replicates'], value: on ? MODEL_NOISE_REPLICATES : undefined }),
      ), A.modelNoise.help)}
      ${withHelp(numberField(A.minGroupSize.label, audit.minGroupSize, ['audit', 'minGroupSize'], emit, { min: 1, step: 1, placeholder: defaultPlaceholder(['audit', 'minGroupSize']), optional: true }), A.minGroupSize.help)}
    </div>
    ${helpList(Object.values(A))}
  `;
}

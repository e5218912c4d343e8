/** Editor section: behaviour (conversion, click, price, consent, observation noise). */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Emit } from './controls';
import { numberField } from './controls';
import type { Draft } from './draft';
import type { AttrLike } from './group-values';
import { groupValuesEditor } from './group-values';
import { defaultPlaceholder } from './schema-defaults';

export function draftAttributes(draft: Draft): AttrLike[] {
  return (Array.isArray(draft.population?.attributes) ? draft.population.attributes : []) as AttrLike[];
}

export function behaviourSection(draft: Draft, emit: Emit): TemplateResult {
  const attrs = draftAttributes(draft);
  const b = (draft.behaviour ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const effects = { numeric: true, neutral: 0 };
  return html`
    <h4>Conversion <span class="muted">(the truth no policy sees)</span></h4>
    <p class="help">Effects are in log-odds (logit): 0 changes nothing, +0.7 roughly doubles the odds, −0.7 halves them. A numeric attribute’s effect is per standard deviation.</p>
    ${numberField('Base rate', b.conversion?.base, ['behaviour', 'conversion', 'base'], emit, { min: 0, max: 1, step: 0.005 })}
    ${groupValuesEditor('Conversion effects (logit)', attrs, b.conversion?.effects, ['behaviour', 'conversion', 'effects'], emit, effects)}
    <h4>Click <span class="muted">(what a platform optimises)</span></h4>
    ${numberField('Base rate', b.click?.base, ['behaviour', 'click', 'base'], emit, { min: 0, max: 1, step: 0.005, placeholder: defaultPlaceholder(['behaviour', 'click', 'base']), optional: true })}
    ${groupValuesEditor('Click effects (logit)', attrs, b.click?.effects, ['behaviour', 'click', 'effects'], emit, effects)}
    <h4>Price</h4>
    <p class="help">What reaching one person costs. Multipliers: competing advertisers bid more for some groups (1 = average). Noise (σ): person-to-person spread of the price, 0 = none.</p>
    <div class="row">
      ${numberField('Base price', b.price?.base, ['behaviour', 'price', 'base'], emit, { min: 0, step: 0.1, placeholder: defaultPlaceholder(['behaviour', 'price', 'base']), optional: true })}
      ${numberField('Noise (σ)', b.price?.noise, ['behaviour', 'price', 'noise'], emit, { min: 0, max: 3, step: 0.05, placeholder: defaultPlaceholder(['behaviour', 'price', 'noise']), optional: true })}
    </div>
    ${groupValuesEditor('Price multipliers', attrs, b.price?.multipliers, ['behaviour', 'price', 'multipliers'], emit, { numeric: false, neutral: 1 })}
    <h4>Consent to personal-data targeting</h4>
    <p class="help">Share of people who allow personal-data targeting; personalised policies never reach the others, and models never learn from them.</p>
    ${numberField('Base share', b.consent?.base, ['behaviour', 'consent', 'base'], emit, { min: 0, max: 1, step: 0.01, placeholder: defaultPlaceholder(['behaviour', 'consent', 'base']), optional: true })}
    ${groupValuesEditor('Consent effects (logit)', attrs, b.consent?.effects, ['behaviour', 'consent', 'effects'], emit, effects)}
    <h4>Observation noise <span class="muted">(what models see)</span></h4>
    <p class="help">How blurred the numbers a model sees are, in standard deviations (0 = exact). Extra noise by group: worse data about some people.</p>
    ${numberField('Noise (SD)', b.observation?.noise, ['behaviour', 'observation', 'noise'], emit, { min: 0, max: 10, step: 0.05, placeholder: defaultPlaceholder(['behaviour', 'observation', 'noise']), optional: true })}
    ${groupValuesEditor('Extra noise by group', attrs, b.observation?.extra, ['behaviour', 'observation', 'extra'], emit, { numeric: false, neutral: 0 })}
  `;
}

/**
 * Plain words for the editor's technical options: each option gets a name a workshop audience
 * reads without a glossary and a one-line explanation shown under it; the scenario's own term is
 * kept in brackets so the file and the docs can still be found.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

export const POLICY_TYPE_WORDS: Record<string, { label: string; help: string }> = {
  random: { label: 'Random (baseline)', help: 'Reaches eligible people at random: the yardstick every other policy is compared with.' },
  rules: { label: 'Rules', help: 'Reaches the people a hand-written targeting rule picks.' },
  propensity: { label: 'Propensity model', help: 'A model trained on the past campaign predicts who converts; the highest predictions are reached.' },
  lookalike: { label: 'Lookalike audience', help: 'Reaches the people who look most like a seed audience (by default, past converters).' },
  delivery: { label: 'Platform delivery', help: 'What an ad platform does: predicted clicks (or conversions) per unit price, cheapest results first.' },
  fairness: { label: 'Fairness-constrained', help: 'Takes the scores of another policy and adjusts who is reached so that groups are balanced.' },
};

export const CONSTRAINT_OPTIONS = [
  { value: 'demographic-parity', label: 'same reach rate in every group (demographic parity)' },
  { value: 'equal-opportunity', label: 'same reach rate among likely converters (equal opportunity)' },
  { value: 'min-representation', label: 'every group at least a floor of its share (minimum representation)' },
  { value: 'variance-reduction', label: 'reached mix close to the eligible mix (variance reduction)' },
] as const;

export const OPTION_HELP = {
  l2: { label: 'Caution against over-fitting (L2 penalty)', help: 'Higher values keep the model’s weights small, so it leans less on any single feature. 1 is the default; 0 turns it off.' },
  useProtected: { label: 'May use protected attributes', help: 'Off: the model never sees protected attributes such as gender or age (it may still see proxies of them).' },
  objective: { label: 'What the platform optimises', help: 'Clicks (the default, as most platforms do) or conversions; either way per unit price.' },
  sampleSize: { label: 'Comparison sample (people)', help: 'How many random people the seed audience is compared with when learning what “looks like” it.' },
  base: { label: 'Starts from the scores of', help: 'The learned policy whose scores this one re-ranks (it wraps that policy).' },
  constraint: { label: 'Fairness rule', help: 'What “balanced” means for the groups below.' },
  attribute: { label: 'Balance the groups of', help: 'The attribute whose groups the fairness rule balances.' },
  floor: { label: 'Floor (share of a fair share)', help: 'Each group gets at least this fraction of the people it would get in proportion to its size (0.8 = 80%).' },
  tolerance: { label: 'Tolerance (mix distance)', help: 'How far the reached mix may drift from the eligible mix, as total variation (0.02 = 2 points).' },
  features: { label: 'Features the model sees', help: 'Unticking one drops it from the model: data minimisation. A model needs at least one.' },
} as const;

/** A control with its explanation as a tooltip (the same words are in `helpList` below the controls). */
export function withHelp(control: TemplateResult, help: string): TemplateResult {
  return html`<div class="with-help" title=${help}>${control}</div>`;
}

/**
 * "What do these options mean?": one collapsed list per group of controls, so that every option
 * has its explanation one click away without making the form three times as long.
 */
export function helpList(entries: readonly { label: string; help: string }[]): TemplateResult {
  return html`<details class="option-help"><summary>What do these options mean?</summary>
    <dl>${entries.map((e) => html`<dt>${e.label}</dt><dd>${e.help}</dd>`)}</dl>
  </details>`;
}

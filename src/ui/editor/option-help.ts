/**
 * How the editor explains its technical options: each option has a name a workshop audience reads
 * without a glossary and a one-line explanation (a policy's options: in its type's descriptor,
 * core/policies/types; the scenario's own term in brackets so the file and docs can be found).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

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

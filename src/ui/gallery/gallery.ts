/**
 * `<fg-gallery>`: the preset library for workshops. Lists every preset with its title, one-line
 * summary and mechanism; each opens a narrative (what happens, what to look at, questions, and,
 * when results of the chosen preset are given, whether its claims hold on the current numbers).
 *
 * Keyboard: Tab reaches the list; ↑/↓ (and Home/End) move between presets; Enter or Space opens one.
 *
 * @fires scenario-selected - detail {@link ScenarioSelectedDetail}: the chosen preset, parsed, with
 *   defaults filled in (a fresh copy each time; the shell runs it).
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { ClaimOutcome, PresetSummary } from '../../core/presets';
import { evaluateClaims, loadPreset, PRESETS, summarisePreset } from '../../core/presets';
import type { Results } from '../../core/results/types';
import type { Scenario } from '../../core/scenario';
import { galleryStyles } from './gallery-styles';
import { renderLightMarkdown } from './light-markdown';

export interface ScenarioSelectedDetail {
  /** Preset id (its file name without `.json`). */
  id: string;
  scenario: Scenario;
}

export class FgGallery extends LitElement {
  static override properties = {
    presets: { attribute: false },
    selected: { type: String },
    results: { attribute: false },
    expanded: { state: true },
  };

  /** The presets to list (default: the whole library, in workshop order). */
  declare presets: readonly PresetSummary[];
  /** Id of the preset currently loaded in the app (marked as current; its claims are checked). */
  declare selected: string | undefined;
  /** Results of the current run; claims of `selected` are evaluated against them. Set undefined when the scenario is not a preset. */
  declare results: Results | undefined;
  declare expanded: string | undefined;
  private outcomes: { key: string; list: ClaimOutcome[] } | undefined;

  static override styles = galleryStyles;

  constructor() {
    super();
    this.presets = PRESETS.map(summarisePreset);
    this.selected = undefined;
    this.results = undefined;
    this.expanded = undefined;
  }

  /** Fires `scenario-selected` for preset `id` (also what clicking "Open" does). */
  choose(id: string): void {
    const scenario = loadPreset(id);
    this.selected = id;
    this.expanded = id;
    const detail: ScenarioSelectedDetail = { id, scenario };
    this.dispatchEvent(new CustomEvent('scenario-selected', { detail, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('results') || changed.has('selected')) this.outcomes = undefined;
  }

  override render(): TemplateResult {
    return html`
      <h2 id="gallery-title">Scenario library</h2>
      <p class="hint">Each scenario shows one way a targeting policy can exclude or over-target a group. Open one to run it.</p>
      <ul class="presets" aria-labelledby="gallery-title" @keydown=${this.onKeydown}>
        ${this.presets.map((p) => this.renderPreset(p))}
      </ul>
    `;
  }

  private renderPreset(p: PresetSummary): TemplateResult {
    const current = p.id === this.selected;
    const open = p.id === this.expanded;
    return html`
      <li class="preset ${current ? 'current' : ''}" aria-current=${current ? 'true' : nothing}>
        <div class="head">
          <button class="open" data-id=${p.id} @click=${() => this.choose(p.id)}
            aria-describedby="summary-${p.id}">
            <span class="title">${p.title}</span>
          </button>
          ${p.offer === 'risk' ? html`<span class="tag risk" title="Over-targeting is the harm">risk offer</span>` : nothing}
        </div>
        <p class="summary" id="summary-${p.id}">${p.summary}</p>
        ${p.mechanism ? html`<p class="mechanism"><span class="muted">Mechanism:</span> ${p.mechanism}</p>` : nothing}
        <button class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="narrative-${p.id}"
          @click=${() => (this.expanded = open ? undefined : p.id)}>
          ${open ? 'Hide the story' : 'Read the story'}
        </button>
        ${open ? this.renderNarrative(p) : nothing}
      </li>
    `;
  }

  private renderNarrative(p: PresetSummary): TemplateResult {
    const outcomes = p.id === this.selected ? this.claimOutcomes(p.id) : undefined;
    return html`
      <div class="narrative" id="narrative-${p.id}">
        <p>${p.description}</p>
        <p class="muted">${p.populationSize.toLocaleString('en')} people · ${p.offer === 'risk' ? 'risk offer: being reached is the harm' : 'opportunity: being left out is the harm'}</p>
        ${p.lookAt ? html`<h3>What to look at</h3>${renderLightMarkdown(p.lookAt)}` : nothing}
        ${p.questions.length ? html`<h3>Questions</h3><ol>${p.questions.map((q) => html`<li>${q}</li>`)}</ol>` : nothing}
        ${outcomes?.length ? this.renderClaims(outcomes) : nothing}
      </div>
    `;
  }

  private renderClaims(outcomes: ClaimOutcome[]): TemplateResult {
    return html`
      <h3>What the numbers show</h3>
      <ul class="claims">
        ${outcomes.map((o) => html`
          <li class=${o.holds ? 'holds' : 'fails'}>
            <span aria-hidden="true">${o.holds ? '✓' : '✗'}</span>
            <span class="sr-only">${o.holds ? 'Holds:' : 'Does not hold on these results:'}</span>
            ${o.claim.text} <span class="muted">(${o.value === null ? 'undefined' : formatValue(o.value)})</span>
          </li>`)}
      </ul>
    `;
  }

  private claimOutcomes(id: string): ClaimOutcome[] | undefined {
    if (!this.results) return undefined;
    if (this.outcomes?.key !== id) this.outcomes = { key: id, list: evaluateClaims(loadPreset(id), this.results) };
    return this.outcomes.list;
  }

  private onKeydown(e: KeyboardEvent): void {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.open')];
    const at = buttons.findIndex((b) => b === this.shadowRoot?.activeElement);
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
    buttons[next]?.focus();
    e.preventDefault();
  }
}

function formatValue(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString();
}

/**
 * `<fg-story>`: one step of a preset's story above the overview, with Back and Next. A "predict
 * first" step asks for a guess before it reveals the answer. In workshop mode the step is set in
 * large type and takes the screen's width, one step per screen.
 *
 * A step that points at a chart shows that chart beside its text, so the step and what it talks
 * about are on one screen.
 *
 * In workshop mode a presentation clicker steps through the story: Page Down / Page Up (what
 * clickers send) and → / ← move to the next or previous step, unless focus is in a form field.
 *
 * Properties: `steps`, `step` (0-based), `workshop`, `results` and `large` (for the step's chart).
 *
 * @fires story-step - detail `{ step }`: Back or Next was pressed.
 * @fires story-workshop - detail `{ workshop }`: workshop mode was switched.
 * @fires story-close - the reader closed the story.
 */
import { LitElement, css, html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Results } from '../../core/results/types';
import { CHARTS } from '../dashboard/chart-catalogue';
import type { PropertyValues } from 'lit';
import { renderLightMarkdown } from '../gallery/light-markdown';
import type { StoryStep } from './story-steps';

export class FgStory extends LitElement {
  static override properties = {
    steps: { attribute: false },
    step: { type: Number },
    workshop: { type: Boolean, reflect: true },
    results: { attribute: false },
    large: { type: Boolean },
    guess: { state: true },
    revealed: { state: true },
  };

  declare steps: readonly StoryStep[];
  declare step: number;
  declare workshop: boolean;
  declare results: Results | undefined;
  declare large: boolean;
  declare guess: string;
  declare revealed: boolean;

  static override styles = css`
    :host { display: block; margin-bottom: 0.9rem; }
    section { background: #fffaf0; border: 2px solid #E69F00; border-radius: 10px; padding: 0.45rem 1rem 0.5rem; }
    :host([workshop]) section { font-size: 1.3em; padding: 1rem 1.4rem; }
    .bar { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.3rem 1rem; }
    .count { font-size: 0.8em; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: #7a5000; }
    h2 { margin: 0; font-size: 1.1em; flex: 1; min-width: 12rem; }
    .text p { margin: 0.3rem 0 0; line-height: 1.4; }
    .text ul, .text ol, ol.questions { margin: 0.35rem 0; padding-left: 1.4rem; }
    .options { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.4rem 0; }
    .reveal { font-weight: 700; margin: 0.4rem 0; }
    .right { color: #006b4f; } .wrong { color: #9e3d00; }
    nav { display: flex; gap: 0.4rem; align-items: center; flex-wrap: wrap; }
    button { font: inherit; font-size: 0.92em; padding: 0.3rem 0.9rem; border-radius: 6px; border: 1px solid #14213d; background: #fff; color: #14213d; cursor: pointer; }
    button.primary { background: #14213d; color: #fff; }
    button[aria-pressed='true'] { background: #14213d; color: #fff; }
    button:disabled { opacity: 0.45; cursor: not-allowed; }
    button:focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
    :host { container-type: inline-size; }
    @container (min-width: 900px) {
      .body.with-chart { display: grid; grid-template-columns: minmax(14rem, 1fr) 2fr; gap: 1rem; align-items: start; }
      :host(:not([workshop])) .body.with-chart .chart { margin-top: 0.3rem; }
    }
    .chart { margin-top: 0.5rem; background: #fff; border-radius: 8px; padding: 0.5rem 0.8rem; }
    .chart-question { margin: 0 0 0.2rem; font-weight: 650; }
    label { font-size: 0.88em; display: inline-flex; gap: 0.35rem; align-items: center; }
  `;

  constructor() {
    super();
    this.steps = [];
    this.step = 0;
    this.workshop = false;
    this.results = undefined;
    this.large = false;
    this.guess = '';
    this.revealed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.onKey);
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (!this.workshop || e.altKey || e.ctrlKey || e.metaKey) return;
    const forward = e.key === 'PageDown' || e.key === 'ArrowRight';
    if (!forward && e.key !== 'PageUp' && e.key !== 'ArrowLeft') return;
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (focused && /^(input|select|textarea)$/i.test(focused.tagName)) return;
    if (focused?.closest('[contenteditable], fg-overview, table')) return;
    const next = Math.min(this.steps.length - 1, this.step) + (forward ? 1 : -1);
    if (next < 0 || next >= this.steps.length) return;
    e.preventDefault();
    this.emit('story-step', { step: next });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('step') || changed.has('steps')) {
      this.guess = '';
      this.revealed = false;
    }
  }

  private emit(name: string, detail?: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const step = this.steps[Math.min(this.step, this.steps.length - 1)];
    if (!step) return nothing;
    const at = this.steps.indexOf(step);
    const last = at === this.steps.length - 1;
    return html`<section aria-labelledby="story-title" aria-describedby="story-count">
      <div class="bar">
        <span class="count" id="story-count">Story · step ${at + 1} of ${this.steps.length}</span>
        <h2 id="story-title">${step.title}</h2>
        <nav aria-label="Story steps">
          <button type="button" ?disabled=${at === 0} @click=${() => this.emit('story-step', { step: at - 1 })}>Back</button>
          <button type="button" class="primary" ?disabled=${last} @click=${() => this.emit('story-step', { step: at + 1 })}>Next</button>
          <label><input type="checkbox" .checked=${this.workshop} @change=${(e: Event) => this.emit('story-workshop', { workshop: (e.target as HTMLInputElement).checked })}>
            Workshop mode</label>
          <button type="button" @click=${() => this.emit('story-close')}>Close the story</button>
        </nav>
      </div>
      <div class="body ${step.highlight ? 'with-chart' : ''}">
        <div class="words">
          <div class="text">${step.text ? renderLightMarkdown(step.text) : nothing}</div>
          ${step.questions ? html`<ol class="questions">${step.questions.map((q) => html`<li>${q}</li>`)}</ol>` : nothing}
          ${step.predict ? this.renderPredict(step) : nothing}
        </div>
        ${this.renderChart(step)}
      </div>
    </section>`;
  }

  private renderChart(step: StoryStep) {
    const entry = CHARTS.find((c) => c.tag === step.highlight);
    if (!entry || !this.results || !customElements.get(entry.tag)) return nothing;
    // The tag comes from the chart catalogue, never from a scenario file.
    const t = unsafeStatic(entry.tag);
    return html`<div class="chart">
      <p class="chart-question">${entry.question}</p>
      ${staticHtml`<${t} .results=${this.results} .policy=${step.policy} .attribute=${step.attribute} .width=${640} .height=${300} ?large=${this.large}></${t}>`}
    </div>`;
  }

  private renderPredict(step: StoryStep) {
    const p = step.predict!;
    return html`<div role="group" aria-label=${p.question}>
      <div class="options">
        ${p.options.map((o) => html`<button type="button" aria-pressed=${this.guess === o ? 'true' : 'false'} @click=${() => (this.guess = o)}>${o}</button>`)}
        <button type="button" class="primary" @click=${() => (this.revealed = true)}>Reveal the answer</button>
      </div>
      ${this.revealed
        ? html`<p class="reveal" role="status">${p.reveal}
            ${this.guess ? html`<span class=${this.guess === p.answer ? 'right' : 'wrong'}>${this.guess === p.answer ? 'Your guess was right.' : `Your guess was ${this.guess}.`}</span>` : nothing}</p>`
        : nothing}
    </div>`;
  }
}

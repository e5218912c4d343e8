/**
 * `<fg-dashboard>`: the results. A findings summary for the selected policy, the policy and
 * attribute selectors, and one chart per question; with a second policy chosen, every per-policy
 * chart is shown for both side by side.
 *
 * @fires selection-change - detail `{ policy, comparePolicy, attribute, comparisonX }` when a selector changes.
 */
import { LitElement, html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Results } from '../../core/results/types';
import type { ComparisonAxis } from '../../charts/policy-comparison/layout';
import { CHARTS } from './chart-catalogue';
import type { ChartEntry } from './chart-catalogue';
import { dashboardStyles } from './dashboard-styles';
import { renderFindings } from './findings-panel';
import { renderWhatIfBar } from './what-if-bar';
import type { Scenario } from '../../core/scenario/types';

export interface DashboardSelection {
  policy: string;
  comparePolicy: string;
  attribute: string;
  /** What the policy comparison puts across. */
  comparisonX: ComparisonAxis;
}

const COMPARISON_TAG = 'fg-policy-comparison-chart';
const COMPARISON_AXES: readonly { value: ComparisonAxis; label: string }[] = [
  { value: 'conversions', label: 'Expected conversions' },
  { value: 'costPerConversion', label: 'Cost per conversion' },
];

export class FgDashboard extends LitElement {
  static override properties = {
    results: { attribute: false },
    scenario: { attribute: false },
    policy: { type: String },
    comparePolicy: { type: String },
    attribute: { type: String },
    comparisonX: { type: String },
    large: { type: Boolean },
    stale: { type: Boolean },
    emptyText: { type: String },
  };

  declare results: Results | undefined;
  /** The scenario on screen, for the what-if controls (a model's features, the budget). */
  declare scenario: Scenario | undefined;
  declare policy: string;
  /** Empty: no comparison. */
  declare comparePolicy: string;
  declare attribute: string;
  declare comparisonX: ComparisonAxis;
  declare large: boolean;
  /** The results belong to an earlier scenario (the current one is invalid or not yet run). */
  declare stale: boolean;
  /** Shown before the first results arrive. */
  declare emptyText: string;

  static override styles = dashboardStyles;

  constructor() {
    super();
    this.results = undefined;
    this.scenario = undefined;
    this.policy = '';
    this.comparePolicy = '';
    this.attribute = '';
    this.comparisonX = 'conversions';
    this.large = false;
    this.stale = false;
    this.emptyText = 'Running the scenario for the first time…';
  }

  /** Resolves once every chart has drawn the current results. */
  async chartsDrawn(): Promise<void> {
    await this.updateComplete;
    const charts = [...this.renderRoot.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('.chart > *')];
    await Promise.all(charts.map((c) => c.updateComplete));
  }

  private select(change: Partial<DashboardSelection>) {
    const detail: DashboardSelection = { policy: this.policy, comparePolicy: this.comparePolicy, attribute: this.attribute, comparisonX: this.comparisonX, ...change };
    Object.assign(this, change);
    this.dispatchEvent(new CustomEvent('selection-change', { detail, bubbles: true, composed: true }));
  }

  override render() {
    const r = this.results;
    if (!r) return html`<p class="empty">${this.emptyText}</p>`;
    const policy = r.policies.find((p) => p.id === this.policy) ?? r.policies[0];
    const compare = r.policies.find((p) => p.id === this.comparePolicy && p.id !== policy?.id);
    const attribute = r.attributes.find((a) => a.id === this.attribute)?.id ?? r.attributes[0]?.id ?? '';
    return html`
      ${this.stale ? html`<p class="stale" role="note">These results are from the last valid scenario.</p>` : nothing}
      ${renderFindings(r, policy?.id, (id) => this.select({ policy: id, comparePolicy: this.comparePolicy === id ? '' : this.comparePolicy }))}
      <div class="toolbar" role="group" aria-label="What to show">
        <label>Policy
          <select id="policy-select" @change=${(e: Event) => this.select({ policy: (e.target as HTMLSelectElement).value })}>
            ${r.policies.map((p) => html`<option value=${p.id} ?selected=${p.id === policy?.id}>${p.label}</option>`)}
          </select></label>
        <label>Compare with
          <select id="compare-select" @change=${(e: Event) => this.select({ comparePolicy: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!compare}>— no comparison —</option>
            ${r.policies.filter((p) => p.id !== policy?.id).map((p) => html`<option value=${p.id} ?selected=${p.id === compare?.id}>${p.label}</option>`)}
          </select></label>
        <label>Attribute
          <select id="attribute-select" @change=${(e: Event) => this.select({ attribute: (e.target as HTMLSelectElement).value })}>
            ${r.attributes.map((a) => html`<option value=${a.id} ?selected=${a.id === attribute}>${a.label}</option>`)}
          </select></label>
      </div>
      ${renderWhatIfBar(r, this.scenario, policy?.id ?? '', attribute, (e) => this.dispatchEvent(e))}
      <div class="grid">
        ${CHARTS.filter((c) => customElements.get(c.tag)).map((c) => this.renderEntry(c, r, policy?.id ?? '', compare?.id, attribute))}
      </div>
    `;
  }

  private renderEntry(c: ChartEntry, r: Results, policy: string, compare: string | undefined, attribute: string) {
    const pair = c.perPolicy && compare;
    return html`<section class="card ${c.wide || pair ? 'wide' : ''}" aria-label=${c.question}>
      <h2>${c.question}</h2>
      <p class="explain">${c.explain}</p>
      ${c.tag === COMPARISON_TAG ? this.renderComparisonAxis() : nothing}
      <div class=${pair ? 'pair' : 'single'}>
        ${this.renderChart(c.tag, r, policy, attribute, Boolean(pair))}
        ${pair ? this.renderChart(c.tag, r, compare, attribute, true) : nothing}
      </div>
    </section>`;
  }

  private renderComparisonAxis() {
    return html`<div class="chart-controls"><label>Across
      <select id="comparison-x" @change=${(e: Event) => this.select({ comparisonX: (e.target as HTMLSelectElement).value as ComparisonAxis })}>
        ${COMPARISON_AXES.map((a) => html`<option value=${a.value} ?selected=${a.value === this.comparisonX}>${a.label}</option>`)}
      </select></label></div>`;
  }

  private renderChart(tag: string, r: Results, policy: string, attribute: string, pair: boolean) {
    // The tag comes from CHARTS above, never from a scenario file.
    const t = unsafeStatic(tag);
    // Side by side, a narrower drawing keeps its text readable once scaled to half the width.
    const [width, height] = pair ? [520, 340] : [760, 400];
    const chart = tag === COMPARISON_TAG
      ? staticHtml`<${t} .results=${r} .attribute=${attribute} .x=${this.comparisonX} .width=${width} .height=${height} ?large=${this.large}></${t}>`
      : staticHtml`<${t} .results=${r} .policy=${policy} .attribute=${attribute} .width=${width} .height=${height} ?large=${this.large}></${t}>`;
    return html`<div class="chart">${chart}</div>`;
  }
}

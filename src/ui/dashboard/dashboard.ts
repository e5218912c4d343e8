/**
 * `<fg-dashboard>`: the results. First the overview (every policy against every group), then a
 * findings summary for the selected policy, the policy and attribute selectors, and one chart per
 * question; with a second policy chosen, every per-policy chart is shown for both side by side.
 * With no policy or attribute chosen it shows the policy and attribute of the worst harm, never
 * the baseline by default.
 *
 * @fires selection-change - detail {@link DashboardSelection} when a selector or an overview cell changes.
 */
import { LitElement, html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Results } from '../../core/results/types';
import type { ComparisonAxis } from '../../charts/policy-comparison/layout';
import { CHARTS } from './chart-catalogue';
import type { ChartEntry } from './chart-catalogue';
import { dashboardStyles } from './dashboard-styles';
import { renderFindings } from './findings-panel';
import { inferredStyles, renderInferred } from './inferred-panel';
import { headlineAttribute, headlinePolicy } from '../overview/overview-model';
import type { OverviewSelectDetail } from '../overview/overview';
import { renderWhatIfBar } from './what-if-bar';
import type { Scenario } from '../../core/scenario/types';
import type { ThresholdPreview } from '../overview/unsaved-thresholds';

export interface DashboardSelection {
  policy: string;
  comparePolicy: string;
  attribute: string;
  /** What the policy comparison puts across. */
  comparisonX: ComparisonAxis;
  /** The overview cell chosen (`slice:group`), empty for none. */
  column?: string;
  /** The chart the story step points at (its tag), empty for none. */
  highlight?: string;
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
    column: { type: String },
    highlight: { type: String },
    storyFocus: { type: String },
    large: { type: Boolean },
    stale: { type: Boolean },
    emptyText: { type: String },
    preview: { attribute: false },
  };

  declare results: Results | undefined;
  /** The scenario on screen, for the what-if controls (a model's features, the budget). */
  declare scenario: Scenario | undefined;
  declare policy: string;
  /** Empty: no comparison. */
  declare comparePolicy: string;
  declare attribute: string;
  declare comparisonX: ComparisonAxis;
  declare column: string;
  declare highlight: string;
  /**
   * Workshop mode shows one story step per screen: 'chart' (the step shows its own chart, nothing
   * else is drawn), 'overview' (the step talks about the table: only the overview), '' (everything).
   */
  declare storyFocus: '' | 'chart' | 'overview';
  declare large: boolean;
  /** The results belong to an earlier scenario (the current one is invalid or not yet run). */
  declare stale: boolean;
  /** Shown before the first results arrive. */
  declare emptyText: string;
  /** Thresholds being dragged (the threshold panel's), shown in the overview until kept or discarded. */
  declare preview: ThresholdPreview | undefined;

  static override styles = [dashboardStyles, inferredStyles];

  constructor() {
    super();
    this.results = undefined;
    this.scenario = undefined;
    this.policy = '';
    this.comparePolicy = '';
    this.attribute = '';
    this.comparisonX = 'conversions';
    this.column = '';
    this.highlight = '';
    this.storyFocus = '';
    this.large = false;
    this.stale = false;
    this.emptyText = 'Running the scenario for the first time…';
    this.preview = undefined;
  }

  /** Resolves once every chart has drawn the current results. */
  async chartsDrawn(): Promise<void> {
    await this.updateComplete;
    const charts = [...this.renderRoot.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('.chart > *')];
    await Promise.all(charts.map((c) => c.updateComplete));
  }

  private select(change: Partial<DashboardSelection>) {
    const detail: DashboardSelection = {
      policy: this.policy, comparePolicy: this.comparePolicy, attribute: this.attribute, comparisonX: this.comparisonX, column: this.column, highlight: this.highlight, ...change,
    };
    Object.assign(this, change);
    this.dispatchEvent(new CustomEvent('selection-change', { detail, bubbles: true, composed: true }));
  }

  override render() {
    const r = this.results;
    if (!r) return html`<p class="empty">${this.emptyText}</p>`;
    const policy = r.policies.find((p) => p.id === this.policy) ?? r.policies.find((p) => p.id === headlinePolicy(r)) ?? r.policies[0];
    const compare = r.policies.find((p) => p.id === this.comparePolicy && p.id !== policy?.id);
    const attribute = r.attributes.find((a) => a.id === this.attribute)?.id ?? headlineAttribute(r);
    return html`
      ${this.stale ? html`<p class="stale" role="note">These results are from the last valid scenario.</p>` : nothing}
      <slot name="story"></slot>
      ${this.storyFocus === 'chart' ? nothing : html`<fg-overview .results=${r} .preview=${this.preview} ?large=${this.large} .attribute=${attribute} .policy=${this.column ? (policy?.id ?? '') : ''} .column=${this.column}
        @overview-select=${(e: CustomEvent<OverviewSelectDetail>) => this.select({ policy: e.detail.policy, attribute: e.detail.attribute, column: e.detail.column,
          comparePolicy: this.comparePolicy === e.detail.policy ? '' : this.comparePolicy })}
        @overview-show-charts=${() => this.renderRoot.querySelector('.grid')?.scrollIntoView({ block: 'start', behavior: 'smooth' })}></fg-overview>`}
      ${this.storyFocus ? nothing : this.renderDetails(r, policy, compare, attribute)}
    `;
  }

  private renderDetails(r: Results, policy: Results['policies'][number] | undefined, compare: Results['policies'][number] | undefined, attribute: string) {
    return html`
      ${renderFindings(r, policy?.id)}
      ${renderInferred(r, policy?.id)}
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
        ${CHARTS.filter((c) => customElements.get(c.tag) && (!c.rounds || r.rounds)).map((c) => this.renderEntry(c, r, policy?.id ?? '', compare?.id, attribute))}
      </div>
    `;
  }

  private renderEntry(c: ChartEntry, r: Results, policy: string, compare: string | undefined, attribute: string) {
    const pair = c.perPolicy && compare;
    return html`<section class="card ${c.wide || pair ? 'wide' : ''} ${this.highlight === c.tag ? 'highlight' : ''}" aria-label=${c.question} data-chart=${c.tag}>
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

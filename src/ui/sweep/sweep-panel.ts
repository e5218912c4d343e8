/**
 * `<fg-sweep-panel>`: runs a small sweep of the scenario in the app's workers and draws it — the
 * frontier (conversions or cost per conversion against the worst group's ratio, one line per
 * policy) and any metric against a swept parameter — with the sweep's table and the CSV files
 * `fairground sweep` writes for the same grid.
 *
 * Properties: `scenario` (the valid scenario on screen, or undefined), `engineFactory` (makes the
 * engine the sweep runs on; the panel keeps one), `large`.
 */
import { LitElement, html, nothing } from 'lit';
import type { Scenario } from '../../core/scenario/types';
import { issueToString } from '../../core/scenario/issues';
import { sweepPoliciesColumns, sweepPolicyCells } from '../../core/sweep/tables';
import { csvField } from '../../core/results/csv';
import type { SweepChartData } from '../../charts/sweep/series';
import type { FrontierAxis } from '../../charts/sweep/frontier-layout';
import { SWEEP_METRICS } from '../../charts/sweep/metric-layout';
import type { SweepMetric } from '../../charts/sweep/metric-layout';
import { downloadFile, fileStem } from '../exports/downloads';
import type { EnginePort } from '../run/engine-port';
import { checkSweep, suggestedSweep, sweepText } from './sweep-draft';
import type { SweepCheck } from './sweep-draft';
import { SweepController } from './sweep-controller';
import { sweepStyles } from './sweep-styles';

export class FgSweepPanel extends LitElement {
  static override properties = {
    scenario: { attribute: false },
    large: { type: Boolean },
    text: { state: true },
    axis: { state: true },
    metric: { state: true },
    parameter: { state: true },
  };
  static override styles = sweepStyles;

  declare scenario: Scenario | undefined;
  declare large: boolean;
  declare text: string;
  declare axis: FrontierAxis;
  declare metric: SweepMetric;
  declare parameter: number;
  engineFactory: () => EnginePort = () => {
    throw new Error('no engine: the app sets engineFactory');
  };
  readonly sweeps = new SweepController(this, () => this.engineFactory());
  private check: SweepCheck = { plan: undefined, issues: [], work: '' };
  /** The scenario's own sweep section (as JSON) the text was last taken from. */
  private textFrom: string | undefined;

  constructor() {
    super();
    this.scenario = undefined;
    this.large = false;
    this.text = '';
    this.axis = 'conversions';
    this.metric = 'expectedConversions';
    this.parameter = -1;
  }

  protected override willUpdate(): void {
    // The text follows the scenario's sweep section when that changes (a file or preset with its
    // own sweep); edits elsewhere in the scenario keep what the user typed here.
    const own = JSON.stringify(this.scenario?.sweep ?? null);
    if (this.scenario && (this.textFrom === undefined || own !== this.textFrom)) {
      this.text = sweepText(suggestedSweep(this.scenario));
      this.textFrom = own;
    }
    this.check = this.scenario ? checkSweep(this.scenario, this.text) : { plan: undefined, issues: [], work: '' };
  }

  private reset() {
    if (this.scenario) this.text = sweepText(suggestedSweep(this.scenario));
  }

  private run() {
    if (this.check.plan) void this.sweeps.run(this.check.plan);
  }

  private download(which: 'groups' | 'policies') {
    const outcome = this.sweeps.outcome;
    if (!outcome) return;
    const stem = fileStem(outcome.plan.scenario.name);
    if (which === 'groups') downloadFile([outcome.groupsCsv], `${stem}-sweep.csv`, 'text/csv');
    else downloadFile([outcome.policiesCsv], `${stem}-sweep-policies.csv`, 'text/csv');
  }

  override render() {
    const s = this.sweeps;
    const outcome = s.outcome;
    const data: SweepChartData | null = outcome ? { parameters: outcome.plan.parameters.map((p) => p.name), rows: outcome.rows, band: outcome.band } : null;
    const names = data?.parameters ?? [];
    // Lines follow the last parameter unless the user picks another: in a product grid it varies fastest.
    const parameter = this.parameter >= 0 && this.parameter < names.length ? this.parameter : names.length - 1;
    return html`
      <section class="sweep" aria-labelledby="sweep-heading">
        <h2 id="sweep-heading">Sweep: how the results move across a grid of what-ifs</h2>
        <p class="hint">Each parameter is a path in the scenario with a list of <code>values</code> or a <code>range</code> ({ from, to, steps }); the grid is their product. The same section in a scenario file runs with <code>fairground sweep</code>, on one machine or a cluster.</p>
        <label class="text">Sweep (JSON)
          <textarea id="sweep-text" spellcheck="false" rows="7" .value=${this.text} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}></textarea>
        </label>
        ${this.check.issues.length
          ? html`<ul class="issues" role="alert">${this.check.issues.map((i) => html`<li>${issueToString(i)}</li>`)}</ul>`
          : html`<p class="work">${this.check.work}</p>`}
        <div class="controls">
          <button type="button" id="sweep-run" ?disabled=${!this.check.plan || s.running} @click=${() => this.run()}>Run sweep</button>
          <button type="button" id="sweep-cancel" ?disabled=${!s.running} @click=${() => s.cancel()}>Cancel</button>
          <button type="button" ?disabled=${!this.scenario} @click=${() => this.reset()}>${this.scenario?.sweep ? "Back to the scenario's sweep" : 'Suggest a budget sweep'}</button>
          <progress max="1" .value=${s.fraction} aria-label="Sweep progress"></progress>
          <span class="status" role="status" id="sweep-status">${this.statusText()}</span>
        </div>
        ${data && outcome
          ? html`
              <div class="options">
                <label>Lines follow <select @change=${(e: Event) => (this.parameter = Number((e.target as HTMLSelectElement).value))}>
                  ${names.map((n, i) => html`<option value=${i} ?selected=${i === parameter}>${n}</option>`)}</select></label>
                <label>Frontier across <select @change=${(e: Event) => (this.axis = (e.target as HTMLSelectElement).value as FrontierAxis)}>
                  <option value="conversions" ?selected=${this.axis === 'conversions'}>expected conversions</option>
                  <option value="costPerConversion" ?selected=${this.axis === 'costPerConversion'}>cost per conversion</option></select></label>
                <label>Metric <select id="sweep-metric" @change=${(e: Event) => (this.metric = (e.target as HTMLSelectElement).value as SweepMetric)}>
                  ${Object.entries(SWEEP_METRICS).map(([id, label]) => html`<option value=${id} ?selected=${id === this.metric}>${label}</option>`)}</select></label>
              </div>
              <div class="charts">
                <fg-sweep-frontier-chart .data=${data} .x=${this.axis} .parameter=${parameter} ?large=${this.large}></fg-sweep-frontier-chart>
                <fg-sweep-metric-chart .data=${data} .metric=${this.metric} .parameter=${parameter} ?large=${this.large}></fg-sweep-metric-chart>
              </div>
              <div class="controls">
                <button type="button" id="sweep-csv" @click=${() => this.download('groups')}>Download sweep.csv (point × policy × group)</button>
                <button type="button" id="sweep-policies-csv" @click=${() => this.download('policies')}>Download sweep-policies.csv</button>
              </div>
              <details class="table">
                <summary>Sweep table (${outcome.rows.length} rows: point × policy)</summary>
                <table id="sweep-table">
                  <thead><tr>${sweepPoliciesColumns(names).map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
                  <tbody>${outcome.rows.map((r) => html`<tr>${sweepPolicyCells(r).map((c) => html`<td>${csvText(c)}</td>`)}</tr>`)}</tbody>
                </table>
              </details>
            `
          : nothing}
      </section>
    `;
  }

  private statusText(): string {
    const s = this.sweeps;
    switch (s.status) {
      case 'idle': return this.scenario ? 'Ready' : 'Fix the scenario to run a sweep';
      case 'running': return `Running point ${Math.min(s.done + 1, s.total)} of ${s.total}`;
      case 'done': return `Done: ${s.total} points`;
      case 'cancelled': return `Cancelled after ${s.done} of ${s.total} points`;
      case 'error': return `Failed: ${s.error}`;
    }
  }
}

/** A cell as the CSV holds it, unquoted (the table shows what the file says). */
function csvText(cell: string | number | boolean | null): string {
  return typeof cell === 'string' ? cell : csvField(cell);
}

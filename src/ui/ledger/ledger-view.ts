/**
 * `<fg-ledger>`: the data-minimisation ledger of a learned policy — one run per feature it uses
 * (that feature dropped) and one for the consent rule (as if everyone consented), in the workers
 * through the engine client, with progress and Cancel; a table and a chart (`<fg-ledger-chart>`) of what each costs.
 *
 * @fires ledger-end - after the ledger finished or was cancelled (the app then re-runs the scenario).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { LedgerFigures, LedgerRow } from '../../core/explain/ledger';
import { runLedger } from '../../core/explain/ledger';
import type { Scenario } from '../../core/scenario/types';
import type { Results } from '../../core/results/types';
import '../../charts/ledger/element';
import type { EnginePort } from '../run/engine-port';

const signed = (x: number | null, d = 1) => (x === null ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(d)}`);

export class FgLedger extends LitElement {
  static override properties = {
    scenario: { attribute: false },
    policy: { type: String },
    status: { state: true },
    progress: { state: true },
    rows: { state: true },
    actual: { state: true },
    results: { attribute: false },
    large: { type: Boolean },
  };
  declare scenario: Scenario | undefined;
  declare policy: string;
  declare status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  declare progress: string;
  declare rows: LedgerRow[];
  declare actual: LedgerFigures | undefined;
  /** The run the ledger explains: the policy's label and band for the chart, its name for exports. */
  declare results: Results | undefined;
  declare large: boolean;
  port: (() => EnginePort | undefined) | undefined;
  private abort: AbortController | undefined;

  static override styles = css`
    :host { display: block; }
    table { border-collapse: collapse; font-size: 0.9em; margin: 0.4rem 0; }
    th, td { text-align: left; padding: 0.15rem 0.6rem 0.15rem 0; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
  `;

  constructor() {
    super();
    this.scenario = undefined;
    this.policy = '';
    this.status = 'idle';
    this.progress = '';
    this.rows = [];
    this.actual = undefined;
    this.results = undefined;
    this.large = false;
    this.port = undefined;
  }

  private async start() {
    const port = this.port?.();
    if (!port || !this.scenario) return;
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.status = 'running';
    this.rows = [];
    try {
      const out = await runLedger(
        this.scenario,
        this.policy,
        async (s) => (await port.run(s, { signal })).results,
        (done, total, label) => (this.progress = `${done} of ${total} runs — ${label}`),
      );
      this.rows = out.rows;
      this.actual = out.actual;
      this.status = 'done';
    } catch (e) {
      this.status = signal.aborted ? 'cancelled' : 'error';
      this.progress = signal.aborted ? 'Cancelled.' : (e as Error).message;
    } finally {
      this.abort = undefined;
      this.dispatchEvent(new CustomEvent('ledger-end', { bubbles: true, composed: true }));
    }
  }

  override render() {
    const running = this.status === 'running';
    return html`
      <p>What dropping each feature of “${this.policy}” does, one run per feature; and what targeting only consenting people costs.</p>
      <button type="button" class="run-ledger" ?disabled=${running || !this.policy} @click=${() => void this.start()}>Run the ledger</button>
      <button type="button" class="cancel-ledger" ?disabled=${!running} @click=${() => this.abort?.abort()}>Cancel</button>
      <p class="ledger-status" role="status" aria-live="polite">${this.status === 'idle' ? '' : `${this.status}: ${this.progress}`}</p>
      ${this.rows.length > 0 && this.actual ? html`${this.renderTable(this.actual)}${this.renderChart(this.actual)}` : nothing}`;
  }

  private renderChart(actual: LedgerFigures) {
    const r = this.results;
    if (!r) return nothing;
    const ledger = { policyLabel: r.policies.find((p) => p.id === this.policy)?.label ?? this.policy, actual, rows: this.rows, band: r.band };
    return html`<fg-ledger-chart .results=${r} .policy=${this.policy} .ledger=${ledger} .width=${760} .height=${320} ?large=${this.large}></fg-ledger-chart>`;
  }

  private renderTable(actual: LedgerFigures) {
    return html`<table aria-label="Data-minimisation ledger">
        <caption>As it is: ${actual.realisedConversions} conversions, cost ${actual.cost.toFixed(0)}, worst ratio ${actual.worstRatio?.toFixed(2) ?? '—'} (${actual.worstGroup ?? '—'})</caption>
        <tr><th>Change</th><th>Δ conversions</th><th>Δ cost</th><th>Worst group ratio</th></tr>
        ${this.rows.map((r) => html`<tr><td>${r.label}</td><td class="num">${signed(r.delta.realisedConversions, 0)}</td><td class="num">${signed(r.delta.cost, 0)}</td>
          <td class="num">${r.worstRatio?.toFixed(2) ?? '—'} (${signed(r.delta.worstRatio, 2)})</td></tr>`)}
      </table>`;
  }
}

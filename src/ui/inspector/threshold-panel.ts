/**
 * `<fg-threshold-panel>`: per-group thresholds on a learned policy's scores, moved by hand (one
 * slider per group: drag it, or use the arrow keys) or set by a one-click strategy; reach,
 * conversions, cost and each group's verdict update on every move. "Keep as policy" adds the
 * thresholds to the scenario as a fairness policy with explicit thresholds.
 *
 * @fires keep-policy - detail `{ policy }`: a `fairness` policy with `constraint: 'thresholds'`.
 * @fires threshold-preview - detail `ThresholdPreview` (ui/overview): after every move or strategy,
 *   so the overview shows the unsaved thresholds' verdicts live.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { ThresholdData } from '../../core/explain/threshold-view';
import { thresholdOutcome } from '../../core/explain/threshold-view';
import type { Strategy } from '../../core/explain/threshold-strategies';
import { THRESHOLD_PREVIEW_EVENT } from '../overview/unsaved-thresholds';
import { binScores, layoutThresholdStrip } from '../../charts/score-distribution/threshold-strip';
import { renderChart } from '../../charts/render';
import type { ThresholdPreview } from '../overview/unsaved-thresholds';

const STRATEGY_LABELS: Record<Strategy, string> = {
  single: 'One threshold for all',
  'demographic-parity': 'Demographic parity',
  'equal-opportunity': 'Equal opportunity',
  'equal-precision': 'Equal precision',
};
const STEPS = 1000;
/** Score bins of each group's distribution strip. */
const BINS = 40;

export class FgThresholdPanel extends LitElement {
  static override properties = {
    data: { attribute: false },
    thresholds: { attribute: false },
    busy: { type: Boolean },
    base: { type: String },
  };
  declare data: ThresholdData | undefined;
  declare thresholds: number[];
  declare busy: boolean;
  /** The scoring policy the kept policy wraps. */
  declare base: string;
  /** Asks for a strategy's thresholds (the container calls the engine). */
  strategy: ((s: Strategy) => Promise<(number | null)[]>) | undefined;
  /** Each group's score bins for the data on screen (they do not move with the thresholds). */
  private bins: { data: ThresholdData; counts: number[][] } | undefined;

  static override styles = css`
    :host { display: block; }
    table { border-collapse: collapse; font-size: 0.9em; margin-top: 0.5rem; }
    th, td { text-align: left; padding: 0.15rem 0.6rem 0.15rem 0; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    input[type='range'] { width: 14rem; margin: 0; display: block; }
    .strip { width: 14rem; height: 2.2rem; }
    .strip svg { display: block; width: 100%; height: 100%; }
    .scroll { overflow-x: auto; }
    @media (max-width: 600px) { input[type='range'], .strip { width: 8.5rem; } }
    .excluded { color: #b00020; font-weight: bold; } .over-targeted { color: #8a4b00; font-weight: bold; }
    .strategies button { margin: 0 0.3rem 0.3rem 0; }
  `;

  constructor() {
    super();
    this.data = undefined;
    this.thresholds = [];
    this.busy = false;
    this.base = '';
    this.strategy = undefined;
  }

  private range(): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    for (const g of this.data?.groups ?? []) {
      if (g.scores.length === 0) continue;
      hi = Math.max(hi, g.scores[0] as number);
      lo = Math.min(lo, g.scores[g.scores.length - 1] as number);
    }
    return Number.isFinite(lo) ? [lo, hi] : [0, 1];
  }

  private async applyStrategy(s: Strategy) {
    if (!this.strategy) return;
    this.busy = true;
    try {
      const t = await this.strategy(s);
      this.thresholds = t.map((x) => (x === null ? Infinity : x));
      this.preview();
    } finally {
      this.busy = false;
    }
  }

  /** The fairness policy with these thresholds, as "keep as policy" adds it. */
  private keptPolicy(d: ThresholdData): Record<string, unknown> {
    const thresholds: Record<string, number> = {};
    d.groups.forEach((g, k) => {
      const t = this.thresholds[k];
      if (t !== undefined && Number.isFinite(t)) thresholds[g.group] = t;
    });
    return { id: `${this.base}-thresholds`, label: `${this.base} with kept thresholds by ${d.attribute}`, type: 'fairness', base: this.base, constraint: 'thresholds', attribute: d.attribute, thresholds };
  }

  private keep() {
    this.dispatchEvent(new CustomEvent('keep-policy', { detail: { policy: this.keptPolicy(this.data!) }, bubbles: true, composed: true }));
  }

  /** Tells the overview what the thresholds on screen would do. */
  private preview() {
    const d = this.data;
    if (!d || !this.base) return;
    const out = thresholdOutcome(d, this.thresholds);
    const detail: ThresholdPreview = {
      base: this.base, attribute: d.attribute, groups: out.groups,
      totals: { reached: out.reached, expectedConversions: out.expectedConversions, cost: out.cost }, policy: this.keptPolicy(d),
      ...(d.budget.kind === 'reach' && out.reached > d.budget.people ? { overBudget: d.budget.people } : {}),
    };
    this.dispatchEvent(new CustomEvent(THRESHOLD_PREVIEW_EVENT, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const d = this.data;
    if (!d) return html`<p>Loading the score distributions…</p>`;
    const [lo, hi] = this.range();
    const step = (hi - lo) / STEPS || 1e-6;
    const out = thresholdOutcome(d, this.thresholds);
    const budget = d.budget.kind === 'reach' ? `${d.budget.people.toLocaleString('en')} people` : `spend ${d.budget.amount}`;
    return html`
      <div class="strategies" role="group" aria-label="One-click strategies">
        ${(Object.keys(STRATEGY_LABELS) as Strategy[]).map((s) => html`<button type="button" data-strategy=${s} ?disabled=${this.busy} @click=${() => void this.applyStrategy(s)}>${STRATEGY_LABELS[s]}</button>`)}
      </div>
      <div class="scroll"><table aria-label="Thresholds by group">
        <tr><th>Group</th><th>Threshold</th><th>Reached</th><th>Conversions</th><th>Cost</th><th>Ratio</th><th>Verdict</th></tr>
        ${d.groups.map((g, k) => {
          const o = out.groups[k]!;
          const t = this.thresholds[k] ?? Infinity;
          return html`<tr data-group=${g.group}>
            <td>${d.attribute}=${g.group}</td>
            <td><div class="strip" data-index=${k}></div><input type="range" aria-label=${`Threshold for ${g.group}`} min=${lo} max=${hi + step} step=${step}
                  .value=${String(Math.min(hi + step, t))}
                  @input=${(e: Event) => this.move(k, Number((e.target as HTMLInputElement).value))} />
                <output>${Number.isFinite(t) ? t.toPrecision(4) : 'none'}</output></td>
            <td class="num">${o.reached}</td><td class="num">${o.realisedConversions}</td><td class="num">${o.cost.toFixed(0)}</td>
            <td class="num">${o.representationRatio === null ? '—' : o.representationRatio.toFixed(2)}</td>
            <td class="verdict ${o.verdict}">${o.verdict}</td></tr>`;
        })}
        <tr><th>All</th><td>budget ${budget}</td><td class="num total-reached">${out.reached}</td><td class="num">${out.realisedConversions}</td><td class="num">${out.cost.toFixed(0)}</td><td></td><td></td></tr>
      </table></div>
      ${d.budget.kind === 'reach' && out.reached > d.budget.people ? html`<p role="note">Above the budget: a kept policy scales each group down proportionally.</p>` : nothing}
      <button type="button" class="keep" ?disabled=${!this.base} @click=${() => this.keep()}>Keep as policy</button>
    `;
  }

  /** Draws each group's score distribution behind its handle, the reached bins in blue. */
  protected override updated(): void {
    const d = this.data;
    if (!d) return;
    const [lo, hi] = this.range();
    const range: [number, number] = [lo, hi + ((hi - lo) / STEPS || 1e-6)];
    if (this.bins?.data !== d) this.bins = { data: d, counts: d.groups.map((g) => binScores(g.scores, range, BINS)) };
    const out = thresholdOutcome(d, this.thresholds);
    for (const host of this.renderRoot.querySelectorAll<HTMLElement>('.strip')) {
      const k = Number(host.dataset.index);
      const g = d.groups[k];
      if (!g) continue;
      const width = host.getBoundingClientRect().width || 224;
      const height = host.getBoundingClientRect().height || 35;
      const threshold = this.thresholds[k] ?? Infinity;
      renderChart(host, layoutThresholdStrip({ group: `${d.attribute}=${g.group}`, counts: this.bins.counts[k]!, above: out.groups[k]!.reached, candidates: g.scores.length, range, threshold, width, height }));
    }
  }

  private move(k: number, value: number) {
    const next = [...this.thresholds];
    next[k] = value;
    this.thresholds = next;
    this.preview();
  }
}

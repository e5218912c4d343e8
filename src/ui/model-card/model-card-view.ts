/** `<fg-model-card>`: a learned policy's model card (model-card.ts) as tables. */
import { LitElement, css, html, svg } from 'lit';
import type { ModelCard } from '../../core/explain/model-card';

const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
const num = (x: number | null, d = 3) => (x === null || !Number.isFinite(x) ? '—' : x.toPrecision(d));

/** Predicted (x) against actual (y) rate per decile, 0–max of both; the diagonal is perfect calibration. */
function calibrationPlot(name: string, bins: ModelCard['overall']['calibration']) {
  const pts = bins.filter((b) => b.people > 0 && b.meanPredicted !== null && b.observedRate !== null);
  const max = Math.max(0.01, ...pts.map((b) => Math.max(b.meanPredicted!, b.observedRate!)));
  const at = (v: number) => 2 + (56 * v) / max;
  return svg`<svg width="60" height="60" role="img" aria-label=${`${name}: calibration by decile, ${pts.map((b) => `${pct(b.meanPredicted)} predicted, ${pct(b.observedRate)} actual`).join('; ')}`}>
    <rect x="1" y="1" width="58" height="58" fill="none" stroke="#999"></rect>
    <line x1="2" y1="58" x2="58" y2="2" stroke="#999" stroke-dasharray="2 2"></line>
    ${pts.map((b) => svg`<circle cx=${at(b.meanPredicted!)} cy=${60 - at(b.observedRate!)} r="2" fill="#0072b2"></circle>`)}
  </svg>`;
}

export class FgModelCard extends LitElement {
  static override properties = { card: { attribute: false }, error: { type: String } };
  declare card: ModelCard | undefined;
  declare error: string;

  static override styles = css`
    :host { display: block; }
    table { border-collapse: collapse; font-size: 0.9em; margin: 0.4rem 0; }
    th, td { text-align: left; padding: 0.15rem 0.6rem 0.15rem 0; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    .skew { color: #b00020; font-weight: bold; }
  `;

  constructor() {
    super();
    this.card = undefined;
    this.error = '';
  }

  override render() {
    if (this.error) return html`<p role="alert">${this.error}</p>`;
    const c = this.card;
    if (!c) return html`<p>Loading the model card…</p>`;
    return html`
      <h3>Model card: ${c.policy.id} (${c.policy.type}, predicts ${c.policy.target})</h3>
      <p>Uses: ${c.features.map((f) => f.attribute + (f.protected ? ' (protected)' : '')).join(', ')}.
        Withheld: ${c.withheld.map((f) => f.attribute + (f.protected ? ' (protected)' : '')).join(', ') || 'none'}.</p>
      <table aria-label="Coefficients">
        <caption>Coefficients (numeric features per training SD; L2 ${c.l2})</caption>
        <tr><th>Term</th><th>Estimate</th><th>Std. error</th></tr>
        <tr><td>intercept</td><td class="num">${num(c.intercept.coefficient)}</td><td class="num">${num(c.intercept.standardError)}</td></tr>
        ${c.coefficients.map((k) => html`<tr><td>${k.name}</td><td class="num">${num(k.coefficient)}</td><td class="num">${num(k.standardError)}</td></tr>`)}
      </table>
      <p>Training data: ${c.training.rows.toLocaleString('en')} rows (${c.training.source}), ${c.training.positives.toLocaleString('en')} positive.
        Categories never seen in training: ${c.training.unseenCategories.join(', ') || 'none'}.</p>
      <table aria-label="Training data and performance by group">
        <caption>By group, against the synthetic truth (${c.truth}); overall AUC ${num(c.overall.auc)}</caption>
        <tr><th>Group</th><th>Training</th><th>Population</th><th>AUC</th><th>Top decile: predicted / actual</th><th>Calibration by decile</th></tr>
        ${c.byAttribute.flatMap((a) => a.groups.map((g) => {
          const top = g.calibration[9];
          const skew = g.trainingShare !== null && g.populationShare > 0 && g.trainingShare / g.populationShare < 0.5;
          return html`<tr><td>${a.attribute}=${g.group}</td><td class="num ${skew ? 'skew' : ''}">${pct(g.trainingShare)}</td><td class="num">${pct(g.populationShare)}</td>
            <td class="num">${num(g.auc)}</td><td class="num">${top ? `${pct(top.meanPredicted)} / ${pct(top.observedRate)}` : '—'}</td>
            <td>${calibrationPlot(`${a.attribute}=${g.group}`, g.calibration)}</td></tr>`;
        }))}
      </table>`;
  }
}

/**
 * `<fg-overview>`: every policy against every group of one attribute and the worst intersections,
 * with verdict, ratio and 95% interval per cell, beside each policy's reach, conversions and cost
 * per conversion. The first thing on the dashboard: it answers which policy leaves out whom, and
 * at what cost.
 *
 * Keyboard: the table is one Tab stop; the arrow keys (and Home/End) move between cells; Enter or
 * Space chooses one. A chosen cell shows the one-step what-ifs for its group and policy.
 *
 * @fires overview-select - detail {@link OverviewSelectDetail}: a cell was chosen; the dashboard
 *   shows that policy and attribute in the detail charts.
 * @fires fg-what-if - detail as in the app shell's what-if contract (exclude a group, drop a
 *   feature, add a parity constraint); the shell applies it and runs once.
 * @fires threshold-keep - detail `{ policy }`: keep the unsaved thresholds (`preview`) as a policy.
 * @fires threshold-discard - drop the unsaved thresholds.
 */
import { LitElement, html, nothing } from 'lit';
import type { Results, Verdict } from '../../core/results/types';
import type { Overview, OverviewCell, OverviewRow } from './overview-model';
import { buildOverview } from './overview-model';
import { overviewStyles } from './overview-styles';
import { renderWhatIfs } from './what-ifs';
import { unsavedRow } from './unsaved-thresholds';
import type { ThresholdPreview, UnsavedRow } from './unsaved-thresholds';

export interface OverviewSelectDetail {
  policy: string;
  /** The attribute the detail charts show: the column's attribute (an intersection's first). */
  attribute: string;
  /** `slice:group` of the chosen column. */
  column: string;
}

/** Each verdict's word and mark: the mark shows in the cell, the word in the legend and to screen readers, so colour is never the only signal. */
const VERDICTS: { verdict: Verdict; word: string; mark: string }[] = [
  { verdict: 'excluded', word: 'excluded', mark: '▼' },
  { verdict: 'over-targeted', word: 'over-targeted', mark: '▲' },
  { verdict: 'within', word: 'within the band', mark: '✓' },
  { verdict: 'uncertain', word: 'uncertain (within noise)', mark: '?' },
  { verdict: 'too-small', word: 'too small to judge', mark: '·' },
  { verdict: 'not-comparable', word: 'no value', mark: '–' },
];
const METRIC_WORDS: Record<string, string> = { representationRatio: 'representation ratio', disparateImpact: 'disparate impact', impactRatio: 'impact ratio' };
const VERDICT = new Map(VERDICTS.map((v) => [v.verdict, v]));

function amount(value: number | null, digits = 0): string {
  return value === null || !Number.isFinite(value) ? 'n/a' : value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export class FgOverview extends LitElement {
  static override properties = {
    results: { attribute: false },
    attribute: { type: String },
    policy: { type: String },
    column: { type: String },
    large: { type: Boolean, reflect: true },
    focusKey: { state: true },
    preview: { attribute: false },
  };

  declare results: Results | undefined;
  /** Attribute whose groups are the columns (empty: the one holding the worst harmed group). */
  declare attribute: string;
  /** The chosen cell's policy and column (empty: none chosen). */
  declare policy: string;
  declare column: string;
  /** Large text (a projector): the table keeps to one line per policy. */
  declare large: boolean;
  /** The cell that takes the table's one Tab stop. */
  declare focusKey: string;
  /** Thresholds being dragged and not yet kept: a provisional row under the policy they re-cut. */
  declare preview: ThresholdPreview | undefined;

  static override styles = overviewStyles;

  constructor() {
    super();
    this.results = undefined;
    this.attribute = '';
    this.policy = '';
    this.column = '';
    this.large = false;
    this.focusKey = '';
    this.preview = undefined;
  }

  override render() {
    const r = this.results;
    if (!r) return nothing;
    const o = buildOverview(r, this.attribute || undefined);
    const metric = METRIC_WORDS[r.metric] ?? r.metric;
    const chosen = this.chosenCell(o);
    const tabStop = this.focusKey || (chosen ? `${chosen.row.policy.id}/${chosen.cell.column.key}` : `${o.rows[0]?.policy.id}/${o.columns[0]?.key}`);
    const attributeCount = o.columns.filter((c) => c.kind === 'attribute').length;
    return html`<section class="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">Which policy ${o.verb} whom, and at what cost</h2>
      <p class="headline">${o.headline}</p>
      <div class="scroll">
        <table @keydown=${this.onKeydown}>
          <caption class="sr-only">Every policy against each ${o.attribute.label} group and the worst intersections: ${metric}, verdict and 95% interval.</caption>
          <thead>
            <tr class="over">
              <td class="policy-col"></td>
              <th scope="colgroup" colspan=${attributeCount}>${o.attribute.label} <span class="muted">(${metric})</span></th>
              ${o.columns.length > attributeCount ? html`<th scope="colgroup" colspan=${o.columns.length - attributeCount} class="sep">Worst intersections</th>` : nothing}
              <th scope="colgroup" colspan="3" class="sep">Reach and cost</th>
            </tr>
            <tr>
              <th scope="col" class="policy-col">Policy</th>
              ${o.columns.map((c, i) => html`<th scope="col" class="group-col ${i === attributeCount ? 'sep' : ''}">${c.name}</th>`)}
              <th scope="col" class="num sep">Reached</th>
              <th scope="col" class="num"><abbr title="Expected conversions">Conv.</abbr></th>
              <th scope="col" class="num"><abbr title="Cost per expected conversion">Cost/conv.</abbr></th>
            </tr>
          </thead>
          <tbody>${this.renderRows(r, o, tabStop, attributeCount)}</tbody>
        </table>
      </div>
      <div class="foot">
        <ul class="legend" aria-label="Verdicts">
        ${VERDICTS.slice(0, 4).map((v) => html`<li class="cell ${v.verdict}"><span class="mark" aria-hidden="true">${v.mark}</span> ${v.word}</li>`)}
        <li><span class="harm-key">0.11×</span> underlined: the offer's harm</li>
      </ul>
        ${chosen ? nothing : html`<p class="hint">Choose a cell to see it in the charts below and to try a what-if.</p>`}
      </div>
      ${chosen ? renderWhatIfs(r, chosen.row, chosen.cell, (e) => this.dispatchEvent(e)) : nothing}
    </section>`;
  }

  private renderRows(r: Results, o: Overview, tabStop: string, attributeCount: number) {
    const unsaved = this.preview && unsavedRow(r, o.columns, this.preview);
    const under = unsaved && o.rows.some((row) => row.policy.id === unsaved.base);
    return html`${o.rows.map((row) => html`${this.renderRow(o, row, tabStop, attributeCount)}${unsaved && row.policy.id === unsaved.base ? this.renderUnsaved(unsaved, attributeCount) : nothing}`)}
      ${unsaved && !under ? this.renderUnsaved(unsaved, attributeCount) : nothing}`;
  }

  /** The dragged thresholds' row: marked unsaved, with their verdicts in their attribute's groups. */
  private renderUnsaved(u: UnsavedRow, attributeCount: number) {
    const policy = this.preview?.policy;
    return html`<tr class="unsaved">
      <th scope="row" class="policy-col">
        <span class="policy-name"><span class="badge">Unsaved</span> ${u.label}</span>
        <span class="worst">${u.worst ? html`worst: <strong>${u.worst.name}</strong> ${u.worst.ratio.toFixed(2)}×` : `${u.reached ? 'no group harmed' : 'reaches no one'}`} · live while you drag</span>
        ${this.preview?.overBudget !== undefined ? html`<span class="worst over-budget">Over the budget of ${amount(this.preview.overBudget)}: kept, every group is scaled down in proportion (about the same ratios).</span>` : nothing}
        <span class="unsaved-actions">
          <button type="button" class="keep-unsaved" @click=${() => this.dispatchEvent(new CustomEvent('threshold-keep', { detail: { policy }, bubbles: true, composed: true }))}>Keep as policy</button>
          <button type="button" class="discard-unsaved" @click=${() => this.dispatchEvent(new CustomEvent('threshold-discard', { bubbles: true, composed: true }))}>Discard</button>
        </span>
      </th>
      ${u.cells.map((cell, i) => html`<td class="cell ${cell.verdict} ${cell.harm ? 'harm' : ''} ${i === attributeCount ? 'sep' : ''}">
        <span class="unsaved-cell">
          <span class="sr-only">${u.label}, ${cell.column.name}:</span>
          ${cell.computed
            ? html`<span class="ratio"><span class="mark verdict" aria-hidden="true">${VERDICT.get(cell.verdict)?.mark}</span>${cell.ratio === null ? '' : `${cell.ratio.toFixed(2)}×`}</span>
                <span class="sr-only">${VERDICT.get(cell.verdict)?.word}${cell.harm ? ', the harm' : ''}</span>`
            : html`<span class="muted" title="The thresholds are set by another attribute">n/a</span>`}
        </span></td>`)}
      <td class="num sep">${amount(u.reached)}</td>
      <td class="num">${amount(u.expectedConversions)}</td>
      <td class="num">${amount(u.costPerConversion, 2)}</td>
    </tr>`;
  }

  private renderRow(o: Overview, row: OverviewRow, tabStop: string, attributeCount: number) {
    const t = row.policy.totals;
    return html`<tr class=${row.policy.id === this.policy ? 'chosen-row' : ''}>
      <th scope="row" class="policy-col">
        <span class="policy-name">${row.policy.label}</span>
        <span class="worst">${!row.worst ? `${o.verb} no group` : row.worst.ratio === 0 ? html`reaches no one in <strong>${row.worst.name}</strong>` : html`worst: <strong>${row.worst.name}</strong> ${row.worst.ratio.toFixed(2)}×`}</span>
      </th>
      ${row.cells.map((cell, i) => this.renderCell(row, cell, tabStop, i === attributeCount))}
      <td class="num sep">${amount(t.reached)}</td>
      <td class="num">${amount(t.expectedConversions)}</td>
      <td class="num">${amount(t.costPerConversion, 2)}</td>
    </tr>`;
  }

  private renderCell(row: OverviewRow, cell: OverviewCell, tabStop: string, separated: boolean) {
    const key = `${row.policy.id}/${cell.column.key}`;
    const chosen = row.policy.id === this.policy && cell.column.key === this.column;
    const interval = cell.interval ? `${cell.interval[0].toFixed(2)}–${cell.interval[1].toFixed(2)}` : '';
    return html`<td class="cell ${cell.verdict} ${cell.harm ? 'harm' : ''} ${separated ? 'sep' : ''}">
      <button type="button" data-key=${key} tabindex=${key === tabStop ? 0 : -1} aria-pressed=${chosen ? 'true' : 'false'}
        @click=${() => this.choose(row, cell)} @focus=${() => (this.focusKey = key)}>
        <span class="sr-only">${row.policy.label}, ${cell.column.name}:</span>
        <span class="ratio"><span class="mark verdict" aria-hidden="true">${VERDICT.get(cell.verdict)?.mark}</span>${cell.ratio === null ? '' : `${cell.ratio.toFixed(2)}×`}</span>
        <span class="sr-only">${VERDICT.get(cell.verdict)?.word}${cell.harm ? ', the harm' : ''}</span>
        ${interval ? html`<span class="interval"><span class="sr-only">95% interval</span> ${interval}</span>` : nothing}
      </button>
    </td>`;
  }

  private chosenCell(o: Overview): { row: OverviewRow; cell: OverviewCell } | undefined {
    const row = o.rows.find((r) => r.policy.id === this.policy);
    const cell = row?.cells.find((c) => c.column.key === this.column);
    return row && cell ? { row, cell } : undefined;
  }

  private choose(row: OverviewRow, cell: OverviewCell) {
    this.policy = row.policy.id;
    this.column = cell.column.key;
    const detail: OverviewSelectDetail = { policy: row.policy.id, attribute: cell.column.attributes[0] ?? '', column: cell.column.key };
    this.dispatchEvent(new CustomEvent('overview-select', { detail, bubbles: true, composed: true }));
  }

  private onKeydown(e: KeyboardEvent) {
    const moves: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
    if (!(e.key in moves) && e.key !== 'Home' && e.key !== 'End') return;
    // The unsaved-thresholds row has no cells to choose: it is skipped.
    const rows = [...this.renderRoot.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll<HTMLButtonElement>('td.cell button')]).filter((cells) => cells.length > 0);
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const r = rows.findIndex((cells) => cells.includes(active as HTMLButtonElement));
    if (r < 0) return;
    const c = rows[r]!.indexOf(active as HTMLButtonElement);
    const [dr, dc] = moves[e.key] ?? [0, 0];
    const nr = Math.max(0, Math.min(rows.length - 1, r + dr));
    const width = rows[nr]!.length;
    const nc = e.key === 'Home' ? 0 : e.key === 'End' ? width - 1 : Math.max(0, Math.min(width - 1, c + dc));
    rows[nr]![nc]?.focus();
    e.preventDefault();
  }
}

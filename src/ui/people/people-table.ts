/**
 * `<fg-people-table>`: the people of the results' sample as a table — the data-table alternative
 * to "people as dots": each person's number, groups, the policy's score, whether they were reached
 * and whether they would convert (the synthetic truth). Sortable by any column, filtered by reached
 * or not, paged (`PAGE_SIZE` rows at a time).
 *
 * Keyboard: the rows are one Tab stop (a roving tabindex); Up/Down move between rows, Home/End to
 * the first and last of the page, Page Up/Page Down to the previous and next page; Enter or Space
 * (or a click) opens the person inspector.
 *
 * @fires person-select - detail `{ person }`: the person's global index (as a people dot does).
 */
import { LitElement, css, html } from 'lit';
import type { Results } from '../../core/results/types';
import { DEFAULT_QUERY, PAGE_SIZE, peoplePage, peopleRows } from './people-rows';
import type { PeopleQuery, PersonRow, Show, SortKey } from './people-rows';

const SHOW: { value: Show; label: string }[] = [
  { value: 'all', label: 'everyone' },
  { value: 'reached', label: 'reached' },
  { value: 'not-reached', label: 'not reached' },
];

export class FgPeopleTable extends LitElement {
  static override properties = {
    results: { attribute: false },
    policy: { type: String },
    query: { state: true },
    stop: { state: true },
  };
  declare results: Results | undefined;
  /** The policy whose reach and scores the table shows. */
  declare policy: string;
  declare query: PeopleQuery;
  /** The row (index on the page) holding the Tab stop. */
  declare stop: number;
  private rowsOf: { results: Results; policy: string; rows: PersonRow[] } | undefined;

  static override styles = css`
    :host { display: block; margin: 0.5rem 0 1rem; }
    h3 { margin: 0 0 0.2rem; font-size: 1em; }
    .hint { margin: 0 0 0.4rem; font-size: 0.9em; color: var(--fg-muted, #545b64); }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; font-size: 0.9em; font-variant-numeric: tabular-nums; }
    th, td { text-align: left; padding: 0.15rem 0.55rem 0.15rem 0.3rem; border-bottom: 1px solid #e1e4e8; white-space: nowrap; }
    td.num { text-align: right; }
    th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
    th button:focus-visible, button:focus-visible, select:focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
    tbody tr { cursor: pointer; }
    tbody tr:hover { background: #eef4fb; }
    tbody tr:focus { outline: 3px solid #0072b2; outline-offset: -3px; }
    .yes { font-weight: 600; }
    .pages { display: flex; gap: 0.6rem; align-items: center; margin-top: 0.4rem; flex-wrap: wrap; }
    button, select { font: inherit; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  constructor() {
    super();
    this.results = undefined;
    this.policy = '';
    this.query = DEFAULT_QUERY;
    this.stop = 0;
  }

  private rows(results: Results): PersonRow[] {
    const policy = this.policyId(results);
    if (this.rowsOf?.results !== results || this.rowsOf.policy !== policy) this.rowsOf = { results, policy, rows: peopleRows(results, policy) };
    return this.rowsOf.rows;
  }

  private policyId(results: Results): string {
    return results.policies.find((p) => p.id === this.policy)?.id ?? results.policies[0]?.id ?? '';
  }

  override render() {
    const r = this.results;
    if (!r || r.sample.count === 0) return html`<p class="hint">No people sampled in the last run.</p>`;
    const policy = r.policies.find((p) => p.id === this.policyId(r));
    const page = peoplePage(this.rows(r), this.query);
    const stop = Math.min(this.stop, Math.max(0, page.rows.length - 1));
    return html`
      <h3 id="people-title">People of the sample under ${policy?.label ?? ''}</h3>
      <p class="hint">Choose a row to see why that person was or was not reached (click it, or use the arrow keys and Enter).</p>
      <label>Show <select class="show" @change=${(e: Event) => this.set({ show: (e.target as HTMLSelectElement).value as Show, page: 0 })}>
        ${SHOW.map((s) => html`<option value=${s.value} ?selected=${s.value === this.query.show}>${s.label}</option>`)}
      </select></label>
      <div class="scroll">
        <table aria-labelledby="people-title" aria-describedby="people-keys">
          <caption class="sr-only" id="people-keys">Rows ${page.rows.length ? page.page * PAGE_SIZE + 1 : 0}–${page.page * PAGE_SIZE + page.rows.length} of ${page.total}. Up and Down move between rows; Enter opens the person inspector.</caption>
          <thead><tr>
            ${this.header('person', 'Person')}
            ${this.header('reached', 'Reached')}
            ${this.header('score', 'Score')}
            ${this.header('converts', 'Would convert')}
            ${r.attributes.map((a, i) => this.header(`group:${i}`, a.label))}
          </tr></thead>
          <tbody @keydown=${(e: KeyboardEvent) => this.onKeydown(e, page.rows, page.pages)}>
            ${page.rows.map((row, i) => html`<tr tabindex=${i === stop ? 0 : -1} data-person=${row.person} @click=${() => this.open(row, i)} @focus=${() => (this.stop = i)}>
              <td class="num">${row.person}</td>
              <td class=${row.reached ? 'yes' : ''}>${row.reached ? 'yes' : 'no'}</td>
              <td class="num">${row.score === null ? '—' : row.score.toPrecision(4)}</td>
              <td>${row.converts ? 'yes' : 'no'}</td>
              ${row.groups.map((g) => html`<td>${g}</td>`)}
            </tr>`)}
          </tbody>
        </table>
      </div>
      <div class="pages" role="group" aria-label="Pages of people">
        <button type="button" class="prev" ?disabled=${page.page === 0} @click=${() => this.set({ page: page.page - 1 })}>Previous</button>
        <span role="status">Page ${page.page + 1} of ${page.pages} (${page.total.toLocaleString('en')} people)</span>
        <button type="button" class="next" ?disabled=${page.page >= page.pages - 1} @click=${() => this.set({ page: page.page + 1 })}>Next</button>
      </div>`;
  }

  private header(key: SortKey, label: string) {
    const sorted = this.query.sort === key;
    const sort = sorted ? (this.query.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${sort}><button type="button" data-sort=${key}
      @click=${() => this.set({ sort: key, descending: sorted ? !this.query.descending : key === 'score', page: 0 })}>${label}${sorted ? (this.query.descending ? ' ▼' : ' ▲') : ''}</button></th>`;
  }

  private set(change: Partial<PeopleQuery>) {
    this.query = { ...this.query, ...change };
    this.stop = 0;
  }

  private open(row: PersonRow, index: number) {
    this.stop = index;
    this.dispatchEvent(new CustomEvent('person-select', { detail: { person: row.person }, bubbles: true, composed: true }));
  }

  private async onKeydown(e: KeyboardEvent, rows: readonly PersonRow[], pages: number) {
    const at = rows.findIndex((_, i) => this.rowElement(i) === e.composedPath()[0]);
    if (at < 0) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.open(rows[at]!, at);
      return;
    }
    const last = rows.length - 1;
    const moves: Record<string, number> = { ArrowDown: Math.min(last, at + 1), ArrowUp: Math.max(0, at - 1), Home: 0, End: last };
    if (e.key in moves) {
      e.preventDefault();
      this.stop = moves[e.key]!;
      await this.updateComplete;
      this.rowElement(this.stop)?.focus();
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      const page = this.query.page + (e.key === 'PageDown' ? 1 : -1);
      if (page < 0 || page >= pages) return;
      this.query = { ...this.query, page };
      await this.updateComplete;
      this.rowElement(Math.min(this.stop, last))?.focus();
    }
  }

  private rowElement(i: number): HTMLElement | null {
    return this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')[i] ?? null;
  }
}

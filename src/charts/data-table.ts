/** The data table behind every chart: a chart's numbers as a table, for screen readers and copying. */
import { html } from 'lit';
import type { ChartLayout } from './marks';

export function renderDataTable(table: ChartLayout['table'], heading: string) {
  return html`
    <details>
      <summary>Data table<span class="sr-only"> of ${heading}</span></summary>
      <table>
        <caption>${table.caption}</caption>
        <thead><tr>${table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
        <tbody>
          ${table.rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
        </tbody>
      </table>
    </details>
  `;
}

/**
 * The frame every chart is drawn in: its name, the finding as a heading, the plot (filled by
 * `renderChart` after the update), its notes, its actions (exports) and its data table — or, before
 * there is anything to draw, its name and what to do.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChartLayout } from './marks';
import { renderDataTable } from './data-table';

export function renderChartFigure(layout: ChartLayout, heading: string, actions: TemplateResult): TemplateResult {
  return html`
    <figure>
      <p class="name">${heading}</p>
      <h3>${layout.title}</h3>
      <div class="plot"></div>
      ${layout.notes.length ? html`<ul class="notes">${layout.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
      <div class="actions">${actions}</div>
      ${renderDataTable(layout.table, heading)}
    </figure>
  `;
}

export function renderChartEmpty(heading: string, message: string): TemplateResult {
  return html`<p class="name">${heading}</p><p class="empty">${message}</p>`;
}

/** The app's header: the scenario's name, file actions, exports and the large-text toggle. */
import { html } from 'lit';
import { saveMetricsCsv, savePeopleCsv, saveResultsJson } from '../exports/downloads';
import type { AppState } from './app-state';

export interface HeaderActions {
  open: () => void;
  save: () => void;
  share: () => void;
  large: () => void;
  /** Shows or hides the side panel (library and editor). */
  panel: () => void;
  notice: (text: string) => void;
  report: () => void;
}

export function renderHeader(app: AppState, actions: HeaderActions) {
  const results = app.runs.results;
  const engine = app.currentEngine;
  const policy = app.selection.policy || results?.policies[0]?.id || '';
  return html`<header>
    <button type="button" class="skip" id="skip" @click=${() => app.renderRoot.querySelector<HTMLElement>('#main')?.focus()}>Skip to results</button>
    <div class="brand">
      <span class="logo" aria-hidden="true">◐</span>
      <span class="product">Fairground</span>
    </div>
    <div class="title">
      <h1>${app.scenarioName}</h1>
      <p class="tagline">Synthetic people, real targeting policies: who does each one reach?</p>
    </div>
    <nav class="actions" aria-label="Scenario and results">
      <button type="button" @click=${actions.open}>Open…</button>
      <button type="button" @click=${actions.save}>Save</button>
      <button type="button" @click=${actions.share}>Share link</button>
      <details class="menu" @keydown=${(e: KeyboardEvent) => {
        // Escape closes the menu and gives focus back to its button, like a native menu.
        const menu = e.currentTarget as HTMLDetailsElement;
        if (e.key !== 'Escape' || !menu.open) return;
        menu.open = false;
        menu.querySelector('summary')?.focus();
        e.stopPropagation();
      }}>
        <summary>Export</summary>
        <div class="menu-items" @click=${(e: Event) => {
          // Choosing an item closes the menu, like a native menu.
          if ((e.target as HTMLElement).closest('button')) (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
        }}>
          <button type="button" ?disabled=${!results} @click=${() => results && saveResultsJson(results)}>Results (JSON)</button>
          <button type="button" ?disabled=${!results} @click=${() => results && saveMetricsCsv(results)}>Metrics (CSV)</button>
          <button type="button" ?disabled=${!results || !engine?.peopleCsv}
            @click=${() => results && engine && savePeopleCsv(engine, results, policy).catch((e: unknown) => actions.notice(String(e)))}>
            People of “${results?.policies.find((p) => p.id === policy)?.label ?? policy}” (CSV)</button>
        </div>
      </details>
      <button type="button" class="report" ?disabled=${!results} @click=${actions.report}>Audit report</button>
      <button type="button" aria-pressed=${app.large ? 'true' : 'false'} @click=${actions.large}>Large text</button>
      <button type="button" class="panel-toggle" aria-expanded=${app.editorOpen ? 'true' : 'false'} aria-controls="side-panel" @click=${actions.panel}>
        ${app.editorOpen ? 'Hide editor' : 'Show editor'}</button>
    </nav>
  </header>`;
}

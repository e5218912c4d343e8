/** The app's header: the scenario's name, file actions, exports and the large-text toggle. */
import { html } from 'lit';
import { scenarioToLink } from '../../core/scenario/share';
import { saveMetricsCsv, savePeopleCsv, saveResultsJson, saveScenarioText } from '../exports/downloads';
import type { FgApp } from './app';

export interface HeaderActions {
  open: () => void;
  large: () => void;
  notice: (text: string) => void;
}

async function share(app: FgApp, notice: (text: string) => void) {
  const draft = app.check.draft;
  if (!draft) return notice('Fix the scenario before sharing it.');
  const hash = scenarioToLink(draft);
  history.replaceState(null, '', hash);
  try {
    await navigator.clipboard.writeText(location.href);
    notice('Link copied: it holds the whole scenario.');
  } catch {
    notice('The link is in the address bar: it holds the whole scenario.');
  }
}

export function renderHeader(app: FgApp, actions: HeaderActions) {
  const results = app.runs.results;
  const engine = app.currentEngine;
  const policy = app.selection.policy || results?.policies[0]?.id || '';
  return html`<header>
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
      <button type="button" @click=${() => saveScenarioText(app.text, app.scenarioName)}>Save</button>
      <button type="button" @click=${() => void share(app, actions.notice)}>Share link</button>
      <details class="menu">
        <summary>Export</summary>
        <div class="menu-items">
          <button type="button" ?disabled=${!results} @click=${() => results && saveResultsJson(results)}>Results (JSON)</button>
          <button type="button" ?disabled=${!results} @click=${() => results && saveMetricsCsv(results)}>Metrics (CSV)</button>
          <button type="button" ?disabled=${!results || !engine?.peopleCsv}
            @click=${() => results && engine && savePeopleCsv(engine, results, policy).catch((e: unknown) => actions.notice(String(e)))}>
            People of “${results?.policies.find((p) => p.id === policy)?.label ?? policy}” (CSV)</button>
        </div>
      </details>
      <button type="button" aria-pressed=${app.large ? 'true' : 'false'} @click=${actions.large}>Large text</button>
    </nav>
    ${app.notice ? html`<p class="notice" role="status">${app.notice}</p>` : ''}
  </header>`;
}

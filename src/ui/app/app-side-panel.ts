/** The app's side panel: the scenario library and the editor, beside the results on a desk and a drawer on a phone. */
import { html } from 'lit';
import type { ScenarioSelectedDetail } from '../gallery';
import type { ScenarioInputDetail } from '../editor';
import type { AppState } from './app-state';

export interface SidePanelActions {
  close: () => void;
  preset: (e: CustomEvent<ScenarioSelectedDetail>) => void;
  input: (e: CustomEvent<ScenarioInputDetail>) => void;
}

export function renderSidePanel(app: AppState, actions: SidePanelActions) {
  const results = app.runs.results;
  const invalid = !app.check.scenario;
  return html`
    <aside class="editor" id="side-panel" aria-label="Scenario" ?hidden=${!app.editorOpen} @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape' && app.editorOpen && matchMedia('(max-width: 760px)').matches) actions.close();
    }}>
      <button type="button" class="drawer-close" @click=${() => actions.close()}>Close the editor</button>
      <div class="panel-switch" role="group" aria-label="Side panel">
        <button type="button" aria-pressed=${app.panel === 'library' ? 'true' : 'false'} @click=${() => (app.panel = 'library')}>Scenario library</button>
        <button type="button" aria-pressed=${app.panel === 'editor' ? 'true' : 'false'} @click=${() => (app.panel = 'editor')}>Edit scenario</button>
      </div>
      <fg-gallery ?hidden=${app.panel !== 'library'} .selected=${app.presetId} .results=${app.presetId && !invalid ? results : undefined}
        @scenario-selected=${actions.preset}></fg-gallery>
      <fg-scenario-editor .view=${app.editorView} ?hidden=${app.panel !== 'editor'} .text=${app.text} .eligible=${results?.policies[0]?.totals.eligible} @scenario-input=${actions.input}></fg-scenario-editor>
    </aside>
  `;
}

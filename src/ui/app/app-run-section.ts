/** The run controls above the results: Run and Cancel, progress, size, the draft notice and the toast. */
import { html, nothing } from 'lit';
import { describeWork } from '../../core/scenario/work-estimate';
import { renderDraftNotice } from '../sharing';
import type { SavedDraft } from '../sharing';
import type { AppState } from './app-state';

export interface RunSectionActions {
  size: (size: number) => void;
  restore: (draft: SavedDraft) => void;
}

export function renderRunSection(app: AppState, actions: RunSectionActions) {
  const runs = app.runs;
  const invalid = !app.check.scenario;
  return html`
    <section class="controls" aria-label="Run controls">
      <fg-run-controls
        .status=${runs.status}
        .progress=${runs.progress}
        .elapsedMs=${runs.elapsedMs}
        .size=${app.check.scenario?.population.size ?? runs.resultsScenario?.population.size ?? 0}
        .workers=${app.workerCount}
        .stale=${runs.stale}
        .disabled=${invalid}
        .error=${runs.error ?? ''}
        .confirm=${runs.awaiting && !runs.running ? describeWork(runs.awaiting) : ''}
        @run-request=${() => app.check.scenario && void runs.run(app.check.scenario, { confirmed: true })}
        @cancel-request=${() => runs.cancel()}
        @size-change=${(e: CustomEvent<{ size: number }>) => actions.size(e.detail.size)}
      ></fg-run-controls>
      ${renderDraftNotice({
        earlier: app.earlierDraft,
        saveFailed: app.autosaveFailed,
        restore: (d) => actions.restore(d),
        dismiss: () => (app.earlierDraft = undefined),
      })}
      ${invalid
        ? html`<p class="invalid" role="alert">The scenario has ${app.check.issues.length} problem(s); the results below are from the last valid one. See the JSON view.</p>`
        : nothing}
      <fg-toast .message=${app.notice} .serial=${app.noticeSerial} @toast-dismiss=${() => (app.notice = '')}></fg-toast>
    </section>
  `;
}

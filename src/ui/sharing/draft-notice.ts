/**
 * The app's autosave lines above the results: an earlier draft that is kept (offered back, so
 * opening a link or a file never loses it) and, while saving fails, a warning that stays on screen.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { SavedDraft } from './autosave';

export interface DraftNoticeState {
  earlier: SavedDraft | undefined;
  saveFailed: boolean;
  restore: (draft: SavedDraft) => void;
  dismiss: () => void;
}

export function renderDraftNotice(s: DraftNoticeState): TemplateResult | typeof nothing {
  if (!s.earlier && !s.saveFailed) return nothing;
  return html`
    ${s.saveFailed
      ? html`<p class="autosave-failed" role="alert">Your edits are not being autosaved: the browser's storage is full or blocked. Use Save to keep a copy.</p>`
      : nothing}
    ${s.earlier
      ? html`<p class="earlier-draft" role="status">
          Earlier work is kept: “${s.earlier.name}”, saved ${savedWhen(s.earlier.savedAt)}.
          <button type="button" @click=${() => s.earlier && s.restore(s.earlier)}>Restore it</button>
          <button type="button" aria-label="Hide this message" @click=${s.dismiss}>×</button>
        </p>`
      : nothing}
  `;
}

function savedWhen(epochMs: number): string {
  const d = new Date(epochMs);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay ? `at ${d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : `on ${d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}`;
}

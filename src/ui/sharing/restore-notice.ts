/**
 * `<fg-restore-notice>`: one line telling the user where the scenario on screen came from when it
 * is not the default: restored from autosave (with a Discard button), opened from a link, or a link
 * that could not be opened (with its problems). The shell shows it after `chooseStartupScenario`.
 *
 * @fires autosave-discard - the user chose to discard the restored work (the shell then calls
 *   `ScenarioAutosave.discard()` and loads the default).
 * @fires notice-dismiss - the user closed the notice.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Issue } from '../../core/scenario';
import type { StartupChoice } from './startup';

export class FgRestoreNotice extends LitElement {
  static override properties = {
    choice: { attribute: false },
  };

  /** What `chooseStartupScenario` returned; nothing is shown for the default without link problems. */
  declare choice: StartupChoice | undefined;

  static override styles = css`
    :host { display: block; }
    .notice { display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; align-items: center; padding: 0.4rem 0.8rem;
      border-radius: 6px; background: var(--fg-note, #eef3fb); border: 1px solid var(--fg-line, #c8c8d0); }
    .notice.bad { background: #fdecea; border-color: #e3a29d; }
    ul { margin: 0.2rem 0 0; padding-left: 1.2rem; flex-basis: 100%; }
    button { font: inherit; cursor: pointer; }
    button:focus-visible { outline: 3px solid var(--fg-focus, #e66100); outline-offset: 2px; }
  `;

  constructor() {
    super();
    this.choice = undefined;
  }

  override render(): TemplateResult | typeof nothing {
    const c = this.choice;
    if (!c) return nothing;
    const linkIssues = c.source === 'link' ? [] : c.linkIssues;
    if (c.source === 'default' && linkIssues.length === 0) return nothing;
    return html`
      <div class="notice ${linkIssues.length ? 'bad' : ''}" role="status">
        ${linkIssues.length ? this.renderLinkIssues(linkIssues, c.source) : nothing}
        ${c.source === 'link' ? html`<span>Opened the scenario from the link.</span>` : nothing}
        ${c.source === 'autosave'
          ? html`<span>Restored your unsaved work from ${formatTime(c.entry.savedAt)}.</span>
              <button type="button" @click=${() => this.fire('autosave-discard')}>Discard it and start again</button>`
          : nothing}
        <button type="button" aria-label="Close this notice" @click=${() => this.fire('notice-dismiss')}>×</button>
      </div>
    `;
  }

  private renderLinkIssues(issues: Issue[], fallback: StartupChoice['source']): TemplateResult {
    return html`
      <span>The link could not be opened${fallback === 'autosave' ? '; showing your autosaved work instead' : '; showing the default scenario'}:</span>
      <ul>${issues.slice(0, 5).map((i) => html`<li>${i.path === '(link)' ? i.message : `${i.path}: ${i.message}`}</li>`)}</ul>
    `;
  }

  private fire(type: 'autosave-discard' | 'notice-dismiss'): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }
}

function formatTime(epochMs: number): string {
  const d = new Date(epochMs);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

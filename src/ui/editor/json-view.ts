/**
 * `<fg-json-view>`: the scenario as JSON text with live validation. Every problem is listed as
 * `path: message`; activating one (click, or Enter/Space — they are buttons) selects the offending
 * text. Syntax errors carry a line and column.
 *
 * @fires text-change - detail `{ text }` on every edit of the text.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Issue } from '../../core/scenario/issues';
import { locatePath } from './json-locate';
import type { TextCheck } from './validation';

export class FgJsonView extends LitElement {
  static override properties = {
    text: { type: String },
    check: { attribute: false },
  };

  declare text: string;
  declare check: TextCheck | undefined;

  constructor() {
    super();
    this.text = '';
    this.check = undefined;
  }

  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 0.5rem; min-height: 0; }
    textarea {
      width: 100%; box-sizing: border-box; min-height: 24rem; flex: 1; resize: vertical;
      font: 0.85em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      border: 1px solid var(--fg-line, #c8c8d0); border-radius: 6px; padding: 0.5rem; tab-size: 2;
      background: var(--fg-surface, #fff); color: inherit;
    }
    textarea[aria-invalid='true'] { border-color: var(--fg-bad, #b3261e); }
    textarea:focus-visible, button:focus-visible { outline: 3px solid var(--fg-focus, #1a5fb4); outline-offset: 2px; }
    .status { font-size: 0.9em; margin: 0; }
    .ok { color: var(--fg-good, #1b6e3a); }
    ul { margin: 0; padding: 0; list-style: none; max-height: 12rem; overflow: auto; }
    li button {
      display: block; width: 100%; text-align: left; border: 0; border-left: 3px solid var(--fg-bad, #b3261e);
      background: var(--fg-bad-bg, #fdf0ef); color: inherit; font: inherit; font-size: 0.85em; padding: 0.3rem 0.5rem;
      margin-bottom: 2px; cursor: pointer;
    }
    code { font-weight: 600; }
  `;

  override render() {
    const issues = this.check?.issues ?? [];
    return html`
      <label for="json" class="status">
        ${issues.length === 0
          ? html`<span class="ok">✓ Valid scenario</span>`
          : html`<strong>${issues.length} problem${issues.length === 1 ? '' : 's'}</strong> — select one to find it in the text`}
      </label>
      ${issues.length
        ? html`<ul aria-label="Problems in the scenario">
            ${issues.map((issue) => html`<li><button type="button" class="issue" @click=${() => this.reveal(issue)}><code>${issue.path}</code>: ${issue.message}</button></li>`)}
          </ul>`
        : nothing}
      <textarea
        id="json"
        spellcheck="false"
        aria-invalid=${issues.length ? 'true' : 'false'}
        .value=${this.text}
        @input=${(e: Event) => {
          this.text = (e.target as HTMLTextAreaElement).value;
          this.dispatchEvent(new CustomEvent('text-change', { detail: { text: this.text }, bubbles: true, composed: true }));
        }}
      ></textarea>
    `;
  }

  /** Selects the text an issue is about and scrolls it into view. */
  reveal(issue: Issue): void {
    const area = this.renderRoot.querySelector('textarea');
    if (!area) return;
    const syntax = this.check?.syntax;
    const range = syntax && this.check?.issues[0] === issue
      ? { start: syntax.offset, end: Math.min(this.text.length, syntax.offset + 1) }
      : locatePath(this.text, issue.path);
    if (!range) return;
    area.focus();
    area.setSelectionRange(range.start, range.end);
    const line = this.text.slice(0, range.start).split('\n').length;
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (line - 4) * lineHeight);
  }
}

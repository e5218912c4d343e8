/**
 * `<fg-json-view>`: the scenario as JSON in a CodeMirror 6 editor — highlighting, line numbers,
 * completion and hover help from the scenario schema, and every problem underlined where it is
 * (the missing comma, not the next property). The problems are also listed as `path: message`
 * buttons; activating one selects the offending text in the editor.
 *
 * @fires text-change - detail `{ text }` on every edit of the text by the user.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { EditorView } from '@codemirror/view';
import type { Issue } from '../../core/scenario/issues';
import { locatePath } from './json-locate';
import type { TextCheck } from './validation';
import { placeProblems } from './json-diagnostics';
import type { JsonEditorHandle } from './json-editor';

export class FgJsonView extends LitElement {
  static override properties = {
    text: { type: String },
    check: { attribute: false },
  };

  declare text: string;
  declare check: TextCheck | undefined;
  private handle: JsonEditorHandle | undefined;
  /** Resolves once the editor (loaded on demand) is on screen. */
  editorReady: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.text = '';
    this.check = undefined;
  }

  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 0.5rem; min-height: 0; }
    .editor { min-height: 24rem; flex: 1; display: flex; }
    .editor .cm-editor { flex: 1; min-width: 0; max-height: 70vh; }
    .status { font-size: 0.9em; margin: 0; }
    .ok { color: var(--fg-good, #1b6e3a); }
    ul { margin: 0; padding: 0; list-style: none; max-height: 12rem; overflow: auto; }
    li button {
      display: block; width: 100%; text-align: left; border: 0; border-left: 3px solid var(--fg-bad, #b3261e);
      background: var(--fg-bad-bg, #fdf0ef); color: inherit; font: inherit; font-size: 0.85em; padding: 0.3rem 0.5rem;
      margin-bottom: 2px; cursor: pointer;
    }
    button:focus-visible { outline: 3px solid var(--fg-focus, #1a5fb4); outline-offset: 2px; }
    code { font-weight: 600; }
    .keys { margin: 0; font-size: 0.8em; color: var(--fg-muted, #5c5c66); }
  `;

  override render() {
    const issues = this.check?.issues ?? [];
    return html`
      <p class="status" id="json-status">
        ${issues.length === 0
          ? html`<span class="ok">✓ Valid scenario</span>`
          : html`<strong>${issues.length} problem${issues.length === 1 ? '' : 's'}</strong> — select one to find it in the text`}
      </p>
      ${issues.length
        ? html`<ul aria-label="Problems in the scenario">
            ${issues.map((issue) => html`<li><button type="button" class="issue" @click=${() => this.reveal(issue)}><code>${issue.path}</code>: ${issue.message}</button></li>`)}
          </ul>`
        : nothing}
      <div class="editor"></div>
      <p class="keys">Ctrl+Space: complete a key or value · hover a key for its meaning · F8: next problem · Esc then Tab: leave the editor</p>
    `;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a disconnect: build the editor again.
    if (this.hasUpdated && !this.handle) this.editorReady = this.createEditor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.handle?.destroy();
    this.handle = undefined;
  }

  protected override firstUpdated(): void {
    this.editorReady = this.createEditor();
  }

  private async createEditor() {
    const { createJsonEditor } = await import('./json-editor');
    const parent = this.renderRoot.querySelector<HTMLElement>('.editor');
    if (!parent || !this.isConnected || this.handle) return;
    parent.replaceChildren();
    this.handle = createJsonEditor(parent, this.shadowRoot ?? document, this.text, (text) => {
      this.text = text;
      this.dispatchEvent(new CustomEvent('text-change', { detail: { text }, bubbles: true, composed: true }));
    });
    this.showDiagnostics();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const handle = this.handle;
    if (!handle) return;
    if (changed.has('text') && handle.text() !== this.text) handle.setText(this.text);
    if (changed.has('check') || changed.has('text')) this.showDiagnostics();
  }

  private showDiagnostics() {
    const handle = this.handle;
    if (handle) handle.showProblems(placeProblems(handle.text(), this.check));
  }

  /** The CodeMirror view (for tests and keyboard shortcuts); undefined until the editor loads. */
  get editor(): EditorView | undefined {
    return this.handle?.view;
  }

  /** The text selected in the editor. */
  get selectedText(): string {
    return this.handle?.selectedText() ?? '';
  }

  /** Replaces the whole text as if the user typed it (fires `text-change`). */
  typeText(text: string): void {
    this.handle?.typeText(text);
  }

  /** Selects the text an issue is about and scrolls it into view. */
  reveal(issue: Issue): void {
    const handle = this.handle;
    if (!handle) return;
    const text = handle.text();
    const placed = this.check?.syntax && this.check.issues[0] === issue ? placeProblems(text, this.check)[0] : undefined;
    const range = placed ? { start: placed.from, end: placed.to } : locatePath(text, issue.path);
    if (range) handle.select(range.start, range.end);
  }
}

/**
 * `<fg-scenario-editor>`: the structured editor and the JSON view, editing the same scenario text.
 * The form edits the parsed draft and rewrites the text; the JSON view edits the text and the form
 * follows whenever the text is JSON.
 *
 * @fires scenario-input - detail `{ text, check }` after every edit (check: draft, scenario or issues).
 */
import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Draft, DraftEdit } from './draft';
import { applyEdit, draftToText } from './draft';
import type { TextCheck } from './validation';
import { checkText } from './validation';
import { populationSection } from './population-section';
import type { PopulationUi } from './population-section';
import { behaviourSection } from './behaviour-section';
import { campaignSection, historySection } from './campaign-section';
import { policiesSection } from './policies-section';
import { auditSection } from './audit-section';
import { editorStyles } from './editor-styles';

export interface ScenarioInputDetail {
  text: string;
  check: TextCheck;
  /** Where the edit came from: a form control (one deliberate change) or typing in the JSON view. */
  source: 'form' | 'json';
}

type View = 'form' | 'json';

type SectionUi = PopulationUi & { eligible?: number };
type SectionRender = (d: Draft, emit: (e: DraftEdit) => void, ui: SectionUi) => TemplateResult;

const SECTIONS: { id: string; title: string; render: SectionRender }[] = [
  { id: 'population', title: 'Population', render: populationSection },
  { id: 'behaviour', title: 'Behaviour', render: behaviourSection },
  { id: 'history', title: 'History (training data)', render: historySection },
  { id: 'campaign', title: 'Campaign', render: campaignSection },
  { id: 'policies', title: 'Policies', render: policiesSection },
  { id: 'audit', title: 'Audit', render: auditSection },
];

export class FgScenarioEditor extends LitElement {
  static override properties = {
    text: { type: String },
    view: { type: String },
    check: { state: true },
    removing: { state: true },
    eligible: { attribute: false },
  };

  declare text: string;
  declare view: View;
  declare check: TextCheck;
  /** The attribute whose removal waits for confirmation (its broken references are shown). */
  declare removing: number | undefined;
  /** People eligible in the last run, to show a share budget as a number of people. */
  declare eligible: number | undefined;
  private checkedText: string | undefined;
  /** Which sections are open, kept across re-renders. */
  private open = new Set(['population', 'policies']);

  static override styles = editorStyles;

  constructor() {
    super();
    this.text = '';
    this.view = 'form';
    this.check = { draft: undefined, scenario: undefined, issues: [], syntax: undefined };
    this.removing = undefined;
    this.eligible = undefined;
  }

  override willUpdate(): void {
    if (this.text !== this.checkedText) {
      this.checkedText = this.text;
      this.removing = undefined;
      this.check = checkText(this.text);
    }
  }

  /** Applies one form edit to the draft and reports the new text. */
  edit(edit: DraftEdit): void {
    const draft = this.check.draft;
    if (draft === undefined) return;
    // Any edit cancels a pending removal: the indices it was shown for may have moved.
    this.removing = undefined;
    this.setText(draftToText(applyEdit(draft, edit)), 'form');
  }

  private setText(text: string, source: ScenarioInputDetail['source']): void {
    this.text = text;
    this.checkedText = text;
    this.check = checkText(text);
    const detail: ScenarioInputDetail = { text, check: this.check, source };
    this.dispatchEvent(new CustomEvent('scenario-input', { detail, bubbles: true, composed: true }));
  }

  override render() {
    const issues = this.check.issues.length;
    return html`
      <div class="tabs" role="group" aria-label="Editor view">
        <button type="button" aria-pressed=${this.view === 'form'} @click=${() => (this.view = 'form')}>Form</button>
        <button type="button" aria-pressed=${this.view === 'json'} @click=${() => (this.view = 'json')}>
          JSON${issues ? html` <span class="badge" aria-label=${`${issues} problems`}>${issues}</span>` : ''}
        </button>
      </div>
      ${this.view === 'json'
        ? html`<fg-json-view .text=${this.text} .check=${this.check} @text-change=${(e: CustomEvent<{ text: string }>) => this.setText(e.detail.text, 'json')}></fg-json-view>`
        : this.renderForm()}
    `;
  }

  private renderForm() {
    const draft = this.check.draft;
    if (draft === undefined || typeof draft !== 'object' || draft === null)
      return html`<p class="notice" role="note">The JSON has a syntax error, so the form cannot show it. Fix it in the
        <button type="button" class="link" @click=${() => (this.view = 'json')}>JSON view</button>.</p>`;
    const emit = (e: DraftEdit) => this.edit(e);
    const ui: SectionUi = { removing: this.removing, askRemoval: (i) => (this.removing = i), ...(this.eligible === undefined ? {} : { eligible: this.eligible }) };
    return html`
      ${this.check.issues.length
        ? html`<p class="notice" role="note">${this.check.issues.length} problem(s) — the last good results stay on screen.
            <button type="button" class="link" @click=${() => (this.view = 'json')}>Show them</button></p>`
        : ''}
      ${SECTIONS.map((s) => html`<details ?open=${this.open.has(s.id)} @toggle=${(e: Event) => this.toggle(s.id, e)}>
        <summary>${s.title}</summary>
        <div class="section">${safely(() => s.render(draft, emit, ui))}</div>
      </details>`)}
    `;
  }

  private toggle(id: string, e: Event) {
    if ((e.target as HTMLDetailsElement).open) this.open.add(id);
    else this.open.delete(id);
  }
}

/** A section of a badly malformed draft may not render; point to the JSON view instead of failing. */
function safely(render: () => TemplateResult): TemplateResult {
  try {
    return render();
  } catch {
    return html`<p class="notice">This part of the scenario is malformed; edit it in the JSON view.</p>`;
  }
}

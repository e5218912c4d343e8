/**
 * `<fg-report-dialog>`: the Audit report dialog. A sign-off form (reviewer, role, decision,
 * conditions, date) and two ways out: download the report signed, or without a sign-off. The
 * report is built from the results on screen and the scenario they came from.
 *
 * Events: `sign-off-change` (detail: the sign-off now in force, or undefined) after a download, so
 * the app keeps it for the next export; `close` when the dialog closes.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Results } from '../../core/results/types';
import type { Scenario } from '../../core/scenario/types';
import { buildReport } from '../../report/build';
import { DECISIONS, signedThisScenario, type SignOff } from '../../report/sign-off';
import { downloadFile, fileStem } from '../exports/downloads';
import { fieldsOf, localDate, signOffFromFields, type SignOffFields } from './sign-off-form';

export class FgReportDialog extends LitElement {
  static override properties = {
    results: { attribute: false },
    scenario: { attribute: false },
    signOff: { attribute: false },
    stale: { type: Boolean },
    problems: { state: true },
  };

  declare results: Results | undefined;
  /** The scenario the results came from. */
  declare scenario: Scenario | undefined;
  /** The sign-off in force (restored from a report, or given here before). */
  declare signOff: SignOff | undefined;
  /** The scenario on screen has changed since the results (the report shows the last run). */
  declare stale: boolean;
  declare problems: string[];

  constructor() {
    super();
    this.results = undefined;
    this.scenario = undefined;
    this.signOff = undefined;
    this.stale = false;
    this.problems = [];
  }

  static override styles = css`
    dialog { border: 1px solid #d0d5db; border-radius: 10px; padding: 1.2rem 1.4rem; max-width: 34rem; width: calc(100vw - 3rem); color: #1f2328; font: inherit; }
    dialog::backdrop { background: rgb(20 33 61 / 0.45); }
    h2 { margin: 0 0 0.4rem; font-size: 1.2em; }
    p { margin: 0.3rem 0 0.7rem; font-size: 0.92em; }
    .warn { background: #fff4d6; color: #6b4600; padding: 0.4rem 0.6rem; border-radius: 6px; }
    .bad { background: #fdf0ef; color: #b3261e; padding: 0.4rem 0.6rem; border-radius: 6px; }
    form { display: grid; grid-template-columns: max-content 1fr; gap: 0.45rem 0.8rem; align-items: center; }
    label { font-weight: 600; font-size: 0.92em; }
    input, select, textarea { font: inherit; padding: 0.3rem 0.45rem; border: 1px solid #8a929c; border-radius: 5px; }
    textarea { min-height: 4.5rem; resize: vertical; }
    .buttons { grid-column: 1 / -1; display: flex; gap: 0.5rem; justify-content: flex-end; flex-wrap: wrap; margin-top: 0.4rem; }
    button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid #8a929c; background: #fff; cursor: pointer; }
    button.primary { background: #0b5cad; border-color: #0b5cad; color: #fff; }
    code { font-size: 0.9em; }
    :focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
  `;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog with the form filled from the sign-off in force. */
  async open(): Promise<void> {
    this.problems = [];
    await this.updateComplete;
    const fields = fieldsOf(this.signOff, localDate(new Date()));
    for (const [name, value] of Object.entries(fields)) {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`[name="${name}"]`);
      if (input) input.value = value;
    }
    this.dialog?.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  private fields(): SignOffFields {
    const value = (name: string) => this.renderRoot.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '';
    return { reviewer: value('reviewer'), role: value('role'), decision: value('decision'), conditions: value('conditions'), date: value('date') };
  }

  private download(signOff: SignOff | undefined): void {
    if (!this.results || !this.scenario) return;
    const html = buildReport({ scenario: this.scenario, results: this.results, generated: new Date().toISOString(), ...(signOff ? { signOff } : {}) });
    downloadFile([html], `${fileStem(this.scenario.name)}-audit-report.html`, 'text/html');
    this.dispatchEvent(new CustomEvent('sign-off-change', { detail: signOff, bubbles: true, composed: true }));
    this.close();
  }

  private submit(e: Event) {
    e.preventDefault();
    if (!this.results) return;
    const check = signOffFromFields(this.fields(), this.signOff, this.results.scenario.hash);
    if (!check.ok) {
      this.problems = check.problems;
      return;
    }
    this.download(check.signOff);
  }

  override render() {
    const hash = this.results?.scenario.hash;
    const s = this.signOff;
    return html`<dialog aria-labelledby="report-title" @close=${() => this.dispatchEvent(new Event('close'))}>
      <h2 id="report-title">Audit report</h2>
      <p>One HTML file with the findings, the evidence and the sign-off. It opens from disk, prints to PDF, and opening it here again restores the scenario and the sign-off.</p>
      ${this.stale ? html`<p class="warn">The scenario has changed since the last run: the report shows the last run's scenario and results.</p>` : nothing}
      ${s && hash
        ? html`<p class=${signedThisScenario(s, hash) ? '' : 'warn'}>Signed by ${s.reviewer} on ${s.date} against scenario <code>${s.scenarioHash}</code>${signedThisScenario(s, hash)
          ? '.'
          : html`, but this is scenario <code>${hash}</code>: the scenario changed since. Download it as it is and the report says so; edit the fields to sign this version.`}</p>`
        : nothing}
      ${this.problems.length ? html`<p class="bad" role="alert">${this.problems.join('; ')}</p>` : nothing}
      <form @submit=${this.submit}>
        <label for="reviewer">Reviewer</label><input id="reviewer" name="reviewer" autocomplete="name" maxlength="200">
        <label for="role">Role</label><input id="role" name="role" maxlength="200" placeholder="e.g. compliance officer">
        <label for="decision">Decision</label>
        <select id="decision" name="decision">
          <option value="">— choose —</option>
          ${Object.entries(DECISIONS).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
        </select>
        <label for="conditions">Conditions</label><textarea id="conditions" name="conditions" maxlength="4000"></textarea>
        <label for="date">Date</label><input id="date" name="date" type="date">
        <div class="buttons">
          <button type="button" @click=${() => this.close()}>Cancel</button>
          <button type="button" class="unsigned" @click=${() => this.download(undefined)}>Download without sign-off</button>
          <button type="submit" class="primary">Download signed report</button>
        </div>
      </form>
    </dialog>`;
  }
}

/**
 * `<fg-app>`: the shell. Opens on the default scenario and runs it at once; a header with the
 * scenario name and file actions, the editor beside the results, run controls above them.
 * State: the scenario text (the editor and the JSON view edit it), the last good results (the run
 * controller keeps them), and what the dashboard shows.
 */
import { LitElement, html } from 'lit';
import defaultScenario from '../../../scenarios/default.json';
import type { Results } from '../../core/results/types';
import type { Scenario } from '../../core/scenario/types';
import { budgetShapeChange } from '../../core/policies/budget';
import { draftToText, setIn } from '../editor/draft';
import type { ScenarioInputDetail } from '../editor/scenario-editor';
import type { TextCheck } from '../editor/validation';
import { checkText } from '../editor/validation';
import type { EnginePort } from '../run/engine-port';
import type { FgExplainViews } from '../inspector/explain-views';
import { DEBOUNCE_MS, RunController, TYPING_PAUSE_MS } from '../run/run-controller';
import type { DashboardSelection, FgDashboard } from '../dashboard/dashboard';
import { resultsSentence } from '../dashboard/findings';
import { appStyles } from './app-styles';
import type { AppState } from './app-state';
import { renderHeader } from './app-header';
import { renderSidePanel } from './app-side-panel';
import { renderRunSection } from './app-run-section';
import { fileOutcome, openFromPicker, saveScenario } from './scenario-files';
import { applyView, currentView, shareWithView, startupView, syncHash } from './view-sync';
import { matchingPreset } from '../sharing/preset-match';
import { renderStory, storyFocus } from './story-view';
import { installScenarioDrop, ScenarioAutosave } from '../sharing';
import type { SavedDraft } from '../sharing';
import type { ScenarioSelectedDetail } from '../gallery';
import { WHAT_IF_EVENT } from '../what-if';
import { handleWhatIf } from './what-if-handler';
import type { WhatIfHost } from './what-if-handler';
import type { SignOff } from '../../report/sign-off';
import type { FgReportDialog } from '../report/report-dialog';

export const DEFAULT_SCENARIO_TEXT = draftToText(defaultScenario);

export class FgApp extends LitElement implements AppState {
  static override properties = {
    text: { state: true },
    check: { state: true },
    selection: { state: true },
    large: { type: Boolean, reflect: true },
    announcement: { state: true },
    notice: { state: true },
    noticeSerial: { state: true },
    panel: { state: true },
    presetId: { state: true },
    editorOpen: { type: Boolean, reflect: true, attribute: 'editor-open' },
    storyStep: { state: true },
    workshop: { state: true },
    storyOpen: { state: true },
    signOff: { state: true },
    earlierDraft: { state: true },
    autosaveFailed: { state: true },
  };

  declare text: string;
  declare check: TextCheck;
  declare selection: DashboardSelection;
  /** Large text for projectors. */
  declare large: boolean;
  /** What the aria-live region says: run started, results summary. */
  declare announcement: string;
  /** A one-line message from a file action (e.g. "link copied"), shown in the toast. */
  declare notice: string;
  /** Bumped by every message, so that the toast shows (and times) a repeated one afresh. */
  declare noticeSerial: number;
  /** The side panel: the scenario library or the editor. */
  declare panel: 'library' | 'editor';
  /** The preset on screen, while it is unedited (the gallery checks its claims). */
  declare presetId: string | undefined;
  /** The side panel (library and editor) is shown: beside the results on a desk, a drawer on a phone. */
  declare editorOpen: boolean;
  /** The preset's story: the step on screen, workshop mode, and whether the story is shown. */
  declare storyStep: number;
  declare workshop: boolean;
  declare storyOpen: boolean;
  /** The JSON/Form tab the editor opens on (from the link). */
  editorView: 'form' | 'json' = 'form';
  /** The audit report's sign-off in force: restored from an opened report, or given in the dialog. */
  declare signOff: SignOff | undefined;
  /** An earlier autosaved draft, kept and offered back (a link or file never overwrites it). */
  declare earlierDraft: SavedDraft | undefined;
  /** True while the browser refuses to autosave (storage full or blocked). */
  declare autosaveFailed: boolean;
  private readonly autosave = new ScenarioAutosave();
  private stopDrop: (() => void) | undefined;
  private readonly flushAutosave = () => this.autosave.flush();
  /** Makes the engine; tests replace it before the element connects. */
  engineFactory: () => EnginePort;
  workerCount: number;
  private engine: EnginePort | undefined;
  readonly runs: RunController;

  static override styles = appStyles;

  constructor() {
    super();
    this.text = DEFAULT_SCENARIO_TEXT;
    this.check = checkText(this.text);
    this.selection = { policy: '', comparePolicy: '', attribute: '', comparisonX: 'conversions' };
    this.large = false;
    this.announcement = '';
    this.notice = '';
    this.noticeSerial = 0;
    this.panel = 'editor';
    this.presetId = undefined;
    this.editorOpen = true;
    this.storyStep = 0;
    this.workshop = false;
    this.storyOpen = true;
    this.signOff = undefined;
    this.earlierDraft = undefined;
    this.autosaveFailed = false;
    this.engineFactory = () => {
      throw new Error('no engine: main.ts sets engineFactory');
    };
    this.workerCount = 1;
    this.runs = new RunController(this, () => (this.engine ??= this.engineFactory()), (r) => void this.afterResults(r));
    // What-ifs from the findings, the charts and the overview: one edit, one run (what-if-handler.ts).
    this.addEventListener(WHAT_IF_EVENT, (e) => handleWhatIf(this.whatIfHost, (e as CustomEvent).detail));
  }

  private get whatIfHost(): WhatIfHost {
    return {
      check: this.check,
      setScenarioText: (text, options) => this.setScenarioText(text, options),
      showPolicy: (policy) => (this.selection = { ...this.selection, policy }),
      say: (text) => this.say(text),
      edited: () => (this.presetId = undefined),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('person-select', this.onPersonSelect);
    const drafts = this.autosave.drafts();
    const start = startupView(location.hash, this.autosave.restore(), DEFAULT_SCENARIO_TEXT);
    // Restored work is continued; anything else on screen gets a draft of its own.
    if (start.source === 'autosave') this.autosave.resume(drafts[0]);
    this.earlierDraft = start.source === 'autosave' ? drafts[1] : drafts[0];
    this.autosave.onSaveFailed = (failed) => {
      this.autosaveFailed = failed;
      this.say(failed ? 'Autosave failed: the browser is not storing your edits. Use Save to keep a copy.' : 'Autosave works again.');
    };
    this.text = start.text;
    this.check = checkText(start.text);
    this.presetId = matchingPreset(this.check.scenario);
    applyView(this, start.view);
    if (start.notice) this.say(start.notice);
    this.stopDrop = installScenarioDrop(this, (result) => this.loadFile(fileOutcome(result)));
    addEventListener('pagehide', this.flushAutosave);
    if (this.check.scenario) void this.runs.run(this.check.scenario);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopDrop?.();
    removeEventListener('pagehide', this.flushAutosave);
    this.autosave.flush();
    this.engine?.dispose();
    this.engine = undefined;
  }

  /** Replaces the scenario text (a file, a preset, a link, the size box) and re-checks it. */
  setScenarioText(text: string, options: { runNow?: boolean } = {}): void {
    this.text = text;
    this.check = checkText(text);
    this.scenarioEdited(options.runNow ?? false);
  }

  private scenarioEdited(runNow: boolean, typing = false) {
    performance.mark('fg:edit');
    this.autosave.schedule(this.text);
    const scenario = this.check.scenario;
    if (!scenario) return;
    if (runNow) void this.runs.run(scenario);
    else this.runs.scenarioChanged(scenario, typing ? TYPING_PAUSE_MS : DEBOUNCE_MS);
  }

  /** A change of population size that alters the campaign's shape (a fixed budget) says so. */
  private noteShapeChange(before: Scenario | undefined) {
    const after = this.check.scenario;
    if (!before || !after) return;
    const note = budgetShapeChange(after.campaign.budget, before.population.size, after.population.size);
    if (note) this.say(`${after.population.size.toLocaleString('en')} people: ${note}`);
  }

  protected override updated(): void {
    syncHash(currentView(this), this.check.draft);
  }

  private onScenarioInput(e: CustomEvent<ScenarioInputDetail>) {
    const before = this.check.scenario;
    this.text = e.detail.text;
    this.check = e.detail.check;
    this.presetId = undefined;
    this.scenarioEdited(false, e.detail.source === 'json');
    this.noteShapeChange(before);
  }

  private onPersonSelect = (e: Event) => {
    const person = (e as CustomEvent<{ person: number }>).detail.person;
    void this.renderRoot.querySelector<FgExplainViews>('fg-explain-views')?.inspect(person);
  };

  private async afterResults(results: Results) {
    this.announcement = resultsSentence(results, this.selection.policy);
    await this.updateComplete;
    const dashboard = this.renderRoot.querySelector<FgDashboard>('fg-dashboard');
    await dashboard?.chartsDrawn();
    performance.mark('fg:charts-drawn');
  }

  private setSize(size: number) {
    if (!this.check.draft) return;
    const before = this.check.scenario;
    this.setScenarioText(draftToText(setIn(this.check.draft, ['population', 'size'], size)));
    this.noteShapeChange(before);
  }

  private loadFile(outcome: { text: string | undefined; notice: string; signOff?: SignOff } | undefined) {
    if (!outcome) return;
    this.say(outcome.notice);
    if (outcome.text === undefined) return;
    this.signOff = outcome.signOff;
    this.setScenarioText(outcome.text, { runNow: true });
    this.presetId = matchingPreset(this.check.scenario);
  }

  private restoreDraft(draft: SavedDraft) {
    this.autosave.flush();
    this.autosave.resume(draft);
    this.earlierDraft = undefined;
    this.presetId = undefined;
    this.setScenarioText(draft.text, { runNow: true });
    this.say(`Restored “${draft.name}”.`);
  }

  private openPreset(e: CustomEvent<ScenarioSelectedDetail>) {
    this.setScenarioText(draftToText(e.detail.scenario), { runNow: true });
    this.presetId = e.detail.id;
    this.storyOpen = true;
    this.storyStep = 0;
    this.selection = { ...this.selection, policy: '', comparePolicy: '', attribute: '', column: '', highlight: '' };
    // On a phone the drawer closes, so the story and results are in view.
    if (typeof matchMedia === 'function' && matchMedia('(max-width: 760px)').matches) this.editorOpen = false;
    this.signOff = undefined;
    this.say(`Opened “${e.detail.scenario.name}”.`);
  }

  /** Shows or hides the side panel; on a phone (a drawer) focus moves into it and back to its button. */
  private showPanel(open: boolean) {
    this.editorOpen = open;
    if (typeof matchMedia !== 'function' || !matchMedia('(max-width: 760px)').matches) return;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(open ? '.drawer-close' : '.panel-toggle')?.focus());
  }

  /** Shows `text` in the toast, again even when it is the message already on screen. */
  say(text: string): void {
    this.notice = text;
    this.noticeSerial++;
  }

  get scenarioName(): string {
    const draftName = (this.check.draft as { name?: unknown } | undefined)?.name;
    // While the text is not JSON, keep showing the name of the scenario on screen.
    return this.check.scenario?.name ?? (typeof draftName === 'string' ? draftName : (this.runs.resultsScenario?.name ?? 'Untitled scenario'));
  }

  override render() {
    const runs = this.runs;
    const results = runs.results;
    const invalid = !this.check.scenario;
    return html`
      ${renderHeader(this, {
        open: () => void openFromPicker().then((o) => this.loadFile(o)),
        save: () => this.say(saveScenario(this.text, this.check.draft, this.scenarioName)),
        share: () => void shareWithView(this.check.draft, currentView(this)).then((n) => this.say(n)),
        large: () => {
          this.large = !this.large;
          // A projector has no room for the editor beside the charts.
          if (this.large && innerWidth < 1600) this.editorOpen = false;
        },
        panel: () => this.showPanel(!this.editorOpen),
        notice: (text: string) => this.say(text),
        report: () => void this.renderRoot.querySelector<FgReportDialog>('fg-report-dialog')?.open(),
      })}
      <div class="body">
        <main id="main" tabindex="-1">
          ${renderRunSection(this, {
            size: (size) => this.setSize(size),
            restore: (draft) => this.restoreDraft(draft),
          })}
          <p class="live" role="status" aria-live="polite">${runs.running ? `Running: ${runs.progress.stage}` : this.announcement}</p>
          <fg-dashboard
            .results=${results}
            .scenario=${this.check.scenario ?? runs.resultsScenario}
            .policy=${this.selection.policy}
            .comparePolicy=${this.selection.comparePolicy}
            .attribute=${this.selection.attribute}
            .comparisonX=${this.selection.comparisonX}
            .column=${this.selection.column ?? ''}
            .highlight=${this.selection.highlight ?? ''}
            .storyFocus=${storyFocus(this)}
            .large=${this.large}
            .stale=${invalid && results !== undefined}
            .emptyText=${runs.awaiting ? 'This scenario asks for a large run (see above): press Run to start it.' : runs.status === 'error' ? 'The run failed (see above); fix the scenario and press Run.' : runs.status === 'cancelled' ? 'Cancelled before the first results. Press Run.' : 'Running the scenario for the first time…'}
            @selection-change=${(e: CustomEvent<DashboardSelection>) => {
              this.selection = e.detail;
              if (results) this.announcement = resultsSentence(results, e.detail.policy);
            }}
          >${renderStory(this)}</fg-dashboard>
          <fg-explain-views .results=${results} .scenario=${runs.resultsScenario} .policy=${this.selection.policy} .attribute=${this.selection.attribute} .port=${() => this.engine}
            @scenario-edit=${(e: CustomEvent<{ policy: unknown }>) => this.check.draft && this.setScenarioText(draftToText(setIn(this.check.draft, ['policies', (this.check.scenario?.policies.length ?? 0)], e.detail.policy)), { runNow: true })}
            @ledger-end=${() => this.check.scenario && void runs.run(this.check.scenario)}></fg-explain-views>
          <fg-sweep-panel .scenario=${this.check.scenario} .engineFactory=${this.engineFactory} ?large=${this.large}></fg-sweep-panel>
        </main>
        ${renderSidePanel(this, {
          close: () => this.showPanel(false),
          preset: (e) => this.openPreset(e),
          input: (e) => this.onScenarioInput(e),
        })}
      </div>
      <fg-report-dialog .results=${results} .scenario=${runs.resultsScenario} .signOff=${this.signOff} .stale=${runs.stale || invalid}
        @sign-off-change=${(e: CustomEvent<SignOff | undefined>) => (this.signOff = e.detail)}></fg-report-dialog>
    `;
  }

  /** For the header: the engine (to export people) once a run has made one. */
  get currentEngine(): EnginePort | undefined {
    return this.engine;
  }
}

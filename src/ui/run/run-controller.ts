/**
 * Run orchestration as a Lit reactive controller, shaped like @lit/task: it owns the
 * AbortController of the current run, debounces re-runs after edits, and keeps the last good
 * results when a run fails, is cancelled, or the scenario becomes invalid.
 *
 * Edits never abort a run in progress: aborting terminates the workers, and fresh workers must
 * generate the population and warm up again (about a second at 100,000 people). Edits made during
 * a run are coalesced instead — when it ends, the latest scenario runs once. A slider drag thus
 * redraws as often as the engine can keep up. Run and Cancel still abort at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Results } from '../../core/results/types';
import type { Scenario } from '../../core/scenario/types';
import type { WorkEstimate } from '../../core/scenario/work-estimate';
import { estimateWork, exceedsInteractiveBudget } from '../../core/scenario/work-estimate';
import type { EnginePort, ProgressLine } from './engine-port';
import { progressLine } from './engine-port';
import { runIdentity } from './run-identity';

/** Above this many people an edit does not start a run by itself: the user presses Run. */
export const AUTO_RUN_LIMIT = 200_000;
/**
 * Quiet time after an edit before a re-run starts (ms): a burst of input events runs once. Short,
 * because edits made while a run is in progress are coalesced anyway (the latest runs when it ends),
 * so the debounce only has to bridge the gaps between a slider's input events (~16 ms) and
 * a held arrow key's repeats (~33 ms).
 */
export const DEBOUNCE_MS = 40;
/**
 * Quiet time after typing in the JSON view: "0.15" passes through "0.1" and "0." on the way, and
 * a half-typed value that happens to be valid should not run as if it were meant.
 */
export const TYPING_PAUSE_MS = 800;

export type RunStatus = 'idle' | 'pending' | 'running' | 'done' | 'cancelled' | 'error';

export class RunController implements ReactiveController {
  status: RunStatus = 'idle';
  progress: ProgressLine = { stage: '', fraction: undefined };
  /** The last good results (kept through failures, cancels and invalid edits). */
  results: Results | undefined;
  timings: unknown;
  error: string | undefined;
  /** The scenario the results belong to. */
  resultsScenario: Scenario | undefined;
  /** A valid scenario that differs from the one on screen and waits for the Run button. */
  stale = false;
  startedAt = 0;
  elapsedMs = 0;
  /**
   * A run that waits for the Run button because its work estimate is above the interactive budget,
   * whatever started it (an edit, a file, a preset, a link); undefined when none waits.
   */
  awaiting: WorkEstimate | undefined;

  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private scenario: Scenario | undefined;
  /** An edit arrived while a run was in progress: run the latest scenario when it ends. */
  private rerun = false;
  /** `runIdentity` of the run in progress and of the results on screen: an edit that keeps it needs no run. */
  private runningKey: string | undefined;
  private resultsKey: string | undefined;
  /** Runs started, for tests and the what-if e2e check ("one action, one run"). */
  runsStarted = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly engine: () => EnginePort,
    private readonly onResults?: (results: Results) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  /** A new valid scenario from the editor: re-run after the debounce if it is small enough. */
  scenarioChanged(scenario: Scenario, quietMs = DEBOUNCE_MS): void {
    this.scenario = scenario;
    // An edit replaces the scenario that waited for Run; the new one is gated afresh when it runs.
    this.awaiting = undefined;
    clearTimeout(this.timer);
    // Nothing a run depends on changed (e.g. every feature ticked instead of "all it may use"):
    // compared with the run in progress, or else with the results on screen.
    const key = runIdentity(scenario);
    if (this.abort ? key === this.runningKey : key === this.resultsKey) {
      this.rerun = false;
      if (!this.abort) {
        // The results on screen are this scenario's (also after a cancelled run of another one).
        this.stale = false;
        if (this.status === 'pending' || this.status === 'cancelled') this.status = this.results ? 'done' : 'idle';
      }
      this.host.requestUpdate();
      return;
    }
    if (scenario.population.size > AUTO_RUN_LIMIT) {
      this.stale = true;
      this.host.requestUpdate();
      return;
    }
    this.stale = true;
    if (this.abort) {
      this.rerun = true;
      this.host.requestUpdate();
      return;
    }
    this.status = 'pending';
    this.timer = setTimeout(() => void this.run(), quietMs);
    this.host.requestUpdate();
  }

  /**
   * Runs the current scenario now, cancelling any run in progress. Without `confirmed` (every run
   * the user did not ask for by pressing Run) a scenario above the interactive budget only waits.
   */
  async run(scenario: Scenario | undefined = this.scenario, options: { confirmed?: boolean } = {}): Promise<void> {
    if (!scenario) return;
    this.scenario = scenario;
    const estimate = estimateWork(scenario);
    if (!options.confirmed && exceedsInteractiveBudget(estimate)) {
      clearTimeout(this.timer);
      this.rerun = false;
      this.awaiting = estimate;
      this.stale = true;
      if (this.status === 'pending') this.status = this.results ? 'done' : 'idle';
      this.host.requestUpdate();
      return;
    }
    this.awaiting = undefined;
    this.rerun = false;
    clearTimeout(this.timer);
    this.abort?.abort();
    const key = runIdentity(scenario);
    this.runningKey = key;
    this.runsStarted++;
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'running';
    this.error = undefined;
    this.progress = { stage: 'starting', fraction: 0 };
    this.startedAt = performance.now();
    // The redraw benchmark measures from this mark (and from the edit's) to `fg:charts-drawn`.
    performance.mark('fg:run-start');
    this.elapsedMs = 0;
    clearInterval(this.ticker);
    this.ticker = setInterval(() => {
      this.elapsedMs = performance.now() - this.startedAt;
      this.host.requestUpdate();
    }, 100);
    this.host.requestUpdate();
    try {
      const out = await this.engine().run(scenario, {
        signal: abort.signal,
        onProgress: (p) => {
          if (this.abort !== abort) return;
          this.progress = progressLine(p);
          this.host.requestUpdate();
        },
      });
      if (this.abort !== abort) return;
      this.results = out.results;
      this.timings = out.timings;
      this.resultsScenario = scenario;
      this.resultsKey = key;
      this.stale = false;
      this.status = 'done';
      this.progress = { stage: 'done', fraction: 1 };
      this.onResults?.(out.results);
    } catch (e) {
      if (this.abort !== abort) return;
      const aborted = abort.signal.aborted || (e instanceof Error && e.name === 'AbortError');
      this.status = aborted ? 'cancelled' : 'error';
      this.error = aborted ? undefined : e instanceof Error ? e.message : String(e);
    } finally {
      if (this.abort === abort) {
        this.elapsedMs = performance.now() - this.startedAt;
        clearInterval(this.ticker);
        this.abort = undefined;
        this.host.requestUpdate();
        if (this.rerun) void this.run();
      }
    }
  }

  /** Stops the run in progress (and any pending re-run); the last good results stay. */
  cancel(): void {
    clearTimeout(this.timer);
    this.rerun = false;
    if (this.abort) {
      this.abort.abort();
      this.abort = undefined;
      this.status = 'cancelled';
      this.elapsedMs = performance.now() - this.startedAt;
      clearInterval(this.ticker);
    } else if (this.status === 'pending') this.status = this.results ? 'done' : 'idle';
    this.host.requestUpdate();
  }

  get running(): boolean {
    return this.status === 'running';
  }
}

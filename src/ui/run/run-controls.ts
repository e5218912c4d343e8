/**
 * `<fg-run-controls>`: Run, Cancel, a progress bar with the stage name, elapsed time, the
 * population size (editable, with its cap) and the number of workers.
 *
 * @fires run-request - the user pressed Run.
 * @fires cancel-request - the user pressed Cancel.
 * @fires size-change - detail `{ size }`: the user set a new population size.
 */
import { LitElement, css, html, nothing } from 'lit';
import { LIMITS } from '../../core/scenario/limits';
import type { ProgressLine } from './engine-port';
import type { RunStatus } from './run-controller';
import { AUTO_RUN_LIMIT } from './run-controller';

const STATUS_TEXT: Record<RunStatus, string> = {
  idle: 'Ready',
  pending: 'Re-running shortly…',
  running: 'Running',
  done: 'Done',
  cancelled: 'Cancelled',
  error: 'Failed',
};

export class FgRunControls extends LitElement {
  static override properties = {
    status: { type: String },
    progress: { attribute: false },
    elapsedMs: { type: Number },
    size: { type: Number },
    workers: { type: Number },
    stale: { type: Boolean },
    disabled: { type: Boolean },
    error: { type: String },
    confirm: { type: String },
  };

  declare status: RunStatus;
  declare progress: ProgressLine;
  declare elapsedMs: number;
  declare size: number;
  declare workers: number;
  declare stale: boolean;
  /** True while the scenario is invalid: nothing to run. */
  declare disabled: boolean;
  declare error: string;
  /** The work estimate of a run waiting for Run (above the interactive budget), or ''. */
  declare confirm: string;

  constructor() {
    super();
    this.status = 'idle';
    this.progress = { stage: '', fraction: undefined };
    this.elapsedMs = 0;
    this.size = 0;
    this.workers = 1;
    this.stale = false;
    this.disabled = false;
    this.error = '';
    this.confirm = '';
  }

  static override styles = css`
    :host { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
    button {
      font: inherit; font-weight: 600; padding: 0.45rem 1.1rem; border-radius: 6px; cursor: pointer;
      border: 1px solid var(--fg-accent, #1a5fb4); background: var(--fg-accent, #1a5fb4); color: #fff;
    }
    button.secondary { background: var(--fg-surface, #fff); color: var(--fg-accent, #1a5fb4); }
    button:disabled { opacity: 0.45; cursor: not-allowed; }
    button:focus-visible, input:focus-visible { outline: 3px solid var(--fg-focus, #1a5fb4); outline-offset: 2px; }
    .progress { display: flex; align-items: center; gap: 0.5rem; min-width: 16rem; flex: 1; }
    progress { flex: 1; height: 0.7rem; accent-color: var(--fg-accent, #1a5fb4); }
    .stage { min-width: 9rem; font-variant-numeric: tabular-nums; }
    label { display: inline-flex; align-items: center; gap: 0.4rem; }
    input { font: inherit; width: 8.5em; padding: 0.25rem 0.35rem; border: 1px solid var(--fg-line, #c8c8d0); border-radius: 4px; }
    .muted { color: var(--fg-muted, #5c5c66); font-size: 0.9em; }
    .stale { color: var(--fg-warn, #8a5a00); font-weight: 600; }
    .error { color: var(--fg-bad, #b3261e); flex-basis: 100%; margin: 0; }
    .confirm { flex-basis: 100%; margin: 0; padding: 0.4rem 0.6rem; border-radius: 6px; background: #fff4d6; border: 1px solid #e0b64a; }
  `;

  override render() {
    const running = this.status === 'running';
    const pct = this.progress.fraction === undefined ? undefined : Math.round(this.progress.fraction * 100);
    return html`
      <button type="button" id="run" ?disabled=${this.disabled} @click=${() => this.fire('run-request')}>Run</button>
      <button type="button" id="cancel" class="secondary" ?disabled=${!running && this.status !== 'pending'} @click=${() => this.fire('cancel-request')}>
        Cancel
      </button>
      <div class="progress">
        <progress max="100" .value=${pct ?? 0} aria-label="Run progress" aria-valuetext=${`${this.progress.stage} ${pct ?? 0}%`}
          ?indeterminate=${running && pct === undefined}></progress>
        <span class="stage">${running ? `${this.progress.stage}${pct === undefined ? '' : ` · ${pct}%`}` : STATUS_TEXT[this.status]}</span>
        <span class="muted">${(this.elapsedMs / 1000).toFixed(1)} s</span>
      </div>
      <label>People
        <input type="number" id="size" min="1" max=${LIMITS.populationSize} step="1000" .value=${String(this.size)}
          aria-describedby="size-cap"
          @change=${(e: Event) => {
            const n = Math.round(Number((e.target as HTMLInputElement).value));
            if (Number.isFinite(n) && n >= 1) this.fire('size-change', { size: Math.min(n, LIMITS.populationSize) });
          }} />
      </label>
      <span id="size-cap" class="muted">max ${LIMITS.populationSize.toLocaleString('en')}; above ${AUTO_RUN_LIMIT.toLocaleString('en')} press Run</span>
      <span class="muted">${this.workers} worker${this.workers === 1 ? '' : 's'}</span>
      ${this.confirm
        ? html`<p class="confirm" role="alert"><strong>Large run, not started:</strong> ${this.confirm}. Press Run to start it.</p>`
        : this.stale && !running && this.status !== 'pending'
          ? html`<span class="stale">Edited — press Run to update</span>`
          : nothing}
      ${this.status === 'error' && this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    `;
  }

  private fire(name: string, detail?: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

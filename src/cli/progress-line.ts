/**
 * Progress of a run on stderr. On a terminal: one line rewritten in place, cleared at the end.
 * Elsewhere (CI logs, batch jobs, a pipe): a plain line every few seconds, so a long run shows it is
 * alive without flooding the log; a run shorter than the interval prints nothing.
 */
import type { RunProgress } from '../core/engine/run';

export interface ProgressLine {
  update(progress: RunProgress): void;
  clear(): void;
}

/** Seconds between progress lines when stderr is not a terminal. */
export const LOG_PROGRESS_EVERY_MS = 5_000;

export interface ProgressOptions {
  /** Milliseconds (default Date.now); tests pass a fake clock. */
  now?: () => number;
  everyMs?: number;
}

function describe(p: RunProgress): string {
  const what = p.policy ? `policy ${p.policy}` : p.round !== undefined && p.rounds !== undefined ? `market round ${p.round} of ${p.rounds}` : p.stage;
  const replicate = p.replicate !== undefined ? ` (replicate ${p.replicate + 1})` : '';
  return `${String(Math.round(p.fraction * 100)).padStart(3)}%  ${what}${replicate}`;
}

export function progressLine(write: (text: string) => void, terminal: boolean, options: ProgressOptions = {}): ProgressLine {
  return terminal ? terminalLine(write) : logLines(write, options);
}

function terminalLine(write: (text: string) => void): ProgressLine {
  let shown = false;
  return {
    update(p) {
      write(`\r\x1b[2K${describe(p)}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
  };
}

function logLines(write: (text: string) => void, options: ProgressOptions): ProgressLine {
  const now = options.now ?? Date.now;
  const every = options.everyMs ?? LOG_PROGRESS_EVERY_MS;
  const start = now();
  let latest: RunProgress | undefined;
  const tick = () => {
    if (!latest) return;
    const seconds = Math.round((now() - start) / 1000);
    write(`progress: ${describe(latest).trim()}, ${seconds} s\n`);
  };
  // A timer, not the progress events, sets the pace: a long stage with no events still shows.
  const timer = setInterval(tick, every);
  timer.unref?.();
  return {
    update(p) {
      latest = p;
    },
    clear() {
      clearInterval(timer);
    },
  };
}

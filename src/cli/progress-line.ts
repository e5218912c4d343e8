/** Live progress on a terminal's stderr: one line rewritten in place, cleared at the end. */
import type { RunProgress } from '../core/engine/run';

export interface ProgressLine {
  update(progress: RunProgress): void;
  clear(): void;
}

export function progressLine(write: (text: string) => void, enabled: boolean): ProgressLine {
  if (!enabled) return { update() {}, clear() {} };
  let shown = false;
  return {
    update(p) {
      const what = p.policy ? `policy ${p.policy}` : p.stage;
      const replicate = p.replicate !== undefined ? ` (replicate ${p.replicate + 1})` : '';
      write(`\r\x1b[2K${String(Math.round(p.fraction * 100)).padStart(3)}%  ${what}${replicate}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
  };
}

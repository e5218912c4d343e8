import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressLine } from '../../src/cli/progress-line';

afterEach(() => vi.useRealTimers());

describe('progressLine without a terminal', () => {
  it('progressLine prints a plain line every 5 s with the latest stage, and nothing for a run shorter than that', () => {
    vi.useFakeTimers();
    let t = 0;
    const lines: string[] = [];
    const progress = progressLine((s) => lines.push(s), false, { now: () => t });
    const advance = (ms: number) => {
      t += ms;
      vi.advanceTimersByTime(ms);
    };
    progress.update({ stage: 'generate', fraction: 0.05 });
    advance(4_000);
    expect(lines).toEqual([]);
    progress.update({ stage: 'policy', policy: 'delivery', fraction: 0.42 });
    advance(1_000);
    // A long stage with no new progress events still gets its line.
    advance(5_000);
    progress.update({ stage: 'metrics', fraction: 0.9, replicate: 1 });
    advance(5_000);
    progress.clear();
    advance(20_000);
    expect(lines).toEqual(['progress: 42%  policy delivery, 5 s\n', 'progress: 42%  policy delivery, 10 s\n', 'progress: 90%  metrics (replicate 2), 15 s\n']);
  });

  it('progressLine on a terminal rewrites one line in place and clears it', () => {
    const out: string[] = [];
    const progress = progressLine((s) => out.push(s), true);
    progress.update({ stage: 'generate', fraction: 0.1 });
    progress.clear();
    expect(out).toEqual(['\r\x1b[2K 10%  generate', '\r\x1b[2K']);
  });
});

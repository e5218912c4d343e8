/**
 * Progress of a sweep on stderr: on a terminal one line rewritten in place (point, policy, share
 * done); elsewhere (a batch job's log) one line per finished point.
 */
import type { PointOutput, Shard, SweepProgress } from '../core/sweep';
import type { CliIo } from './io';

export interface SweepProgressLine {
  update(progress: SweepProgress): void;
  finished(output: PointOutput, done: number, total: number): void;
  clear(): void;
}

export function sweepProgress(io: CliIo, shard: Shard | undefined): SweepProgressLine {
  const prefix = shard ? `[shard ${shard.index}/${shard.count}] ` : '';
  let shown = false;
  return {
    update(p) {
      if (!io.progress) return;
      const what = p.run.policy ? `policy ${p.run.policy}` : p.run.stage;
      io.err(`\r\x1b[2K${prefix}${String(Math.round(p.fraction * 100)).padStart(3)}%  point ${p.done + 1} of ${p.total} (${p.point.id})  ${what}`);
      shown = true;
    },
    finished(output, done, total) {
      if (io.progress) return;
      io.err(`${prefix}point ${output.point.id} done (${done} of ${total}, ${(output.milliseconds / 1000).toFixed(2)} s)\n`);
    },
    clear() {
      if (shown) io.err('\r\x1b[2K');
      shown = false;
    },
  };
}

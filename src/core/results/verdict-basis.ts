/**
 * What a row's verdict was read from, for the CLI and the app to show beside the verdict: the
 * verdict metric's value and interval, and what kind of interval it is. For `replicates` that is
 * the mean over replicate seeds and its t-interval (`spread`); otherwise the row's own value and
 * its Wilson/Katz interval.
 */
import type { AuditMetric, GroupRow, Interval, IntervalKind } from './types';

export interface VerdictBasis {
  value: number | null;
  interval: Interval;
  kind: IntervalKind;
  /** Replicates with a defined value (for `replicates`). */
  count?: number;
}

export function verdictBasis(row: GroupRow, metric: AuditMetric): VerdictBasis {
  const s = row.spread?.[metric];
  if (row.intervalKind === 'replicates' && s && s.mean !== null) {
    const interval: Interval = s.low !== null && s.high !== null ? [s.low, s.high] : null;
    return { value: s.mean, interval, kind: 'replicates', count: s.count ?? 0 };
  }
  return { value: row[metric] ?? null, interval: row.intervals[metric] ?? null, kind: 'wilson-katz' };
}

/** "0.72 [0.65–0.79]" and, for replicates, " R=20" (the mean and t-interval over 20 replicates). */
export function formatBasis(b: VerdictBasis, digits = 2): string {
  if (b.value === null) return '—';
  const interval = b.interval ? ` [${b.interval[0].toFixed(digits)}–${b.interval[1].toFixed(digits)}]` : '';
  const kind = b.kind === 'replicates' ? ` R=${b.count}` : '';
  return `${b.value.toFixed(digits)}${interval}${kind}`;
}

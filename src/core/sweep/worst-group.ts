/**
 * The worst group of a policy for the frontier: over every audited attribute (not intersections),
 * the judged group whose verdict metric is furthest from 1 on a log scale, preferring a clear
 * verdict — the same rule as the policy-comparison chart, applied to all attributes at once.
 */
import type { GroupRow, PolicyResult, Results } from '../results/types';

type RatioMetric = Results['metric'];

/** The row's verdict metric (a ratio; null or absent when undefined). */
export function ratioOf(row: GroupRow, metric: RatioMetric): number | null {
  const value = (row as unknown as Record<string, unknown>)[metric];
  return typeof value === 'number' ? value : null;
}

const judged = (row: GroupRow) => row.verdict !== 'too-small' && row.verdict !== 'not-comparable';
const distance = (value: number) => (value > 0 ? Math.abs(Math.log(value)) : Infinity);

function furthest(rows: readonly GroupRow[], metric: RatioMetric): GroupRow | undefined {
  let worst: GroupRow | undefined;
  let far = -1;
  for (const row of rows) {
    const value = ratioOf(row, metric);
    if (!judged(row) || value === null) continue;
    if (distance(value) > far) {
      worst = row;
      far = distance(value);
    }
  }
  return worst;
}

export function worstGroupOf(policy: PolicyResult, metric: RatioMetric): GroupRow | undefined {
  const rows = policy.slices.filter((s) => s.kind === 'attribute').flatMap((s) => s.groups);
  const clear = furthest(rows.filter((r) => r.verdict === 'excluded' || r.verdict === 'over-targeted'), metric);
  return clear ?? furthest(rows, metric);
}

/** Finding the policy, slice and groups a chart draws, and words for them. */
import type { AuditMetric, GroupRow, PolicyResult, Results, SliceResult } from '../core/results/types';
import { metricLabel } from '../core/results/group-metrics';

export type RatioMetric = AuditMetric;

/** The policy with `id`, or the first policy when `id` is empty or unknown. */
export function findPolicy(results: Results, id: string | undefined): PolicyResult | undefined {
  return results.policies.find((p) => p.id === id) ?? results.policies[0];
}

/** The attribute slice for `attribute` (an id), or the first attribute slice. */
export function findSlice(policy: PolicyResult, attribute: string | undefined): SliceResult | undefined {
  const slices = policy.slices.filter((s) => s.kind === 'attribute');
  return slices.find((s) => s.attribute === attribute) ?? slices[0];
}

export function attributeLabel(results: Results, id: string): string {
  return results.attributes.find((a) => a.id === id)?.label ?? id;
}

export function metricName(metric: RatioMetric): string {
  return metricLabel(metric).toLowerCase();
}

/** A group is judged when it is large enough and its verdict metric is defined. */
export function isJudged(row: GroupRow): boolean {
  return row.verdict !== 'too-small' && row.verdict !== 'not-comparable';
}

/**
 * The judged group whose `metric` is furthest from 1 on a log scale (a zero ratio is furthest),
 * preferring groups with a clear verdict: an `uncertain` group (outside the band only by sampling
 * noise) is named only when no group is clearly excluded or over-targeted.
 */
export function worstGroup(rows: readonly GroupRow[], metric: RatioMetric): GroupRow | undefined {
  const clear = rows.filter((r) => r.verdict !== 'uncertain');
  const pick = furthest(clear, metric);
  const value = pick?.[metric];
  return pick && typeof value === 'number' && isOutside(pick) ? pick : (furthest(rows, metric) ?? pick);
}

function isOutside(row: GroupRow): boolean {
  return row.verdict === 'excluded' || row.verdict === 'over-targeted';
}

function furthest(rows: readonly GroupRow[], metric: RatioMetric): GroupRow | undefined {
  let worst: GroupRow | undefined;
  let worstDistance = -1;
  for (const row of rows) {
    const value = row[metric];
    if (!isJudged(row) || value === null || value === undefined) continue;
    const distance = value > 0 ? Math.abs(Math.log(value)) : Infinity;
    if (distance > worstDistance) {
      worst = row;
      worstDistance = distance;
    }
  }
  return worst;
}

const VERDICT_WORDS: Record<GroupRow['verdict'], string> = {
  excluded: '▼ excluded',
  'over-targeted': '▲ over-targeted',
  within: 'within band',
  uncertain: '? uncertain',
  'too-small': 'too small to judge',
  'not-comparable': 'not comparable',
};

/** The verdict as words with a shape, so it never relies on colour. */
export function verdictText(row: GroupRow): string {
  if (row.verdict === 'uncertain' && row.leaning) return `${VERDICT_WORDS.uncertain}, leaning ${row.leaning}`;
  return VERDICT_WORDS[row.verdict];
}

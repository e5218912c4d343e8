/**
 * Thresholds being dragged, shown in the overview before they are kept: the threshold panel sends
 * a {@link ThresholdPreview} on every move, and the overview draws it as a provisional row under
 * the policy it re-cuts, marked "unsaved thresholds". Pure: the row is worked out here without a DOM.
 */
import type { Results, Verdict } from '../../core/results/types';
import type { ThresholdGroupOutcome } from '../../core/explain/threshold-view';
import type { OverviewColumn } from './overview-model';

/** The event the threshold panel fires on every move (detail: {@link ThresholdPreview}). */
export const THRESHOLD_PREVIEW_EVENT = 'threshold-preview';

export interface ThresholdPreview {
  /** The scoring policy whose scores are re-cut. */
  base: string;
  /** The attribute whose groups have thresholds. */
  attribute: string;
  groups: readonly Pick<ThresholdGroupOutcome, 'group' | 'reached' | 'representationRatio' | 'verdict'>[];
  totals: { reached: number; expectedConversions: number; cost: number };
  /** The reach budget in people, when the thresholds reach more (a kept policy scales every group down in proportion). */
  overBudget?: number;
  /** The fairness policy "keep as policy" adds (`constraint: 'thresholds'`). */
  policy: Record<string, unknown>;
}

export interface UnsavedCell {
  column: OverviewColumn;
  verdict: Verdict;
  ratio: number | null;
  harm: boolean;
  /** False for columns of other attributes and intersections: the thresholds say nothing about them. */
  computed: boolean;
}

export interface UnsavedRow {
  base: string;
  label: string;
  cells: UnsavedCell[];
  worst: { name: string; ratio: number } | undefined;
  reached: number;
  expectedConversions: number;
  costPerConversion: number | null;
}

/**
 * The provisional row of `preview` for the overview's `columns`: the thresholds' representation
 * ratio and verdict in each group of their attribute, and reach, conversions and cost per
 * conversion in total.
 */
export function unsavedRow(results: Results, columns: readonly OverviewColumn[], preview: ThresholdPreview): UnsavedRow {
  const harmVerdict = results.offer === 'risk' ? 'over-targeted' : 'excluded';
  const byGroup = new Map(preview.groups.map((g) => [g.group, g]));
  const cells = columns.map((column): UnsavedCell => {
    const g = column.kind === 'attribute' && column.slice === preview.attribute ? byGroup.get(column.group) : undefined;
    if (!g) return { column, verdict: 'not-comparable', ratio: null, harm: false, computed: false };
    return { column, verdict: g.verdict, ratio: g.representationRatio, harm: g.verdict === harmVerdict, computed: true };
  });
  const distance = (r: number) => (r > 0 ? Math.abs(Math.log(r)) : Infinity);
  const harmed = cells.filter((c) => c.harm && c.ratio !== null);
  const worst = harmed.reduce<UnsavedCell | undefined>((a, c) => (!a || distance(c.ratio!) > distance(a.ratio!) ? c : a), undefined);
  const base = results.policies.find((p) => p.id === preview.base);
  const t = preview.totals;
  return {
    base: preview.base,
    label: `${base?.label ?? preview.base}, unsaved thresholds`,
    cells,
    worst: worst && { name: worst.column.name, ratio: worst.ratio! },
    reached: t.reached,
    expectedConversions: t.expectedConversions,
    costPerConversion: t.expectedConversions > 0 ? t.cost / t.expectedConversions : null,
  };
}

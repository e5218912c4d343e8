/**
 * Categories a model never met. A category with no training rows gets a coefficient of exactly 0
 * (the L2 penalty pulls an unconstrained coefficient to 0), so its people are scored as the
 * attribute's first category — the model never met this group and treats it as the baseline.
 * A first (baseline) category with no rows is scored from an intercept fitted without it.
 */
import type { Scenario } from '../scenario/types';
import type { FeatureSpec } from './feature-spec';
import { countText } from '../text/counts';

export interface UnseenCategory {
  attribute: string;
  category: string;
  label: string;
  /** The category the model scores it as (the attribute's first), or null for the first itself. */
  scoredAs: string | null;
}

/**
 * The categories of the spec's categorical attributes that no training row has, from the training
 * rows per one-hot column (`categoryRows`, as `fitOnChunks` returns them) and the row count.
 */
export function unseenCategories(scenario: Scenario, spec: FeatureSpec, categoryRows: ArrayLike<number>, rows: number): UnseenCategory[] {
  if (rows === 0) return [];
  const perColumn = categoryRows;
  const out: UnseenCategory[] = [];
  const attributes = [...new Set(spec.columns.filter((c) => c.kind === 'category').map((c) => c.attribute))];
  for (const id of attributes) {
    const attribute = scenario.population.attributes.find((a) => a.id === id);
    if (!attribute || attribute.type !== 'categorical') continue;
    const first = attribute.categories[0];
    const firstLabel = first ? (first.label ?? first.id) : '';
    let others = 0;
    spec.columns.forEach((col, j) => {
      if (col.kind !== 'category' || col.attribute !== id) return;
      const count = perColumn[j] as number;
      others += count;
      const c = attribute.categories[col.code];
      if (count === 0 && c) out.push({ attribute: id, category: c.id, label: c.label ?? c.id, scoredAs: firstLabel });
    });
    if (first && others >= rows) out.push({ attribute: id, category: first.id, label: firstLabel, scoredAs: null });
  }
  return out;
}

/** The model-notes sentence for each unseen category. */
export function unseenNote(u: UnseenCategory, rows: number): string {
  const where = `The model never met ${u.label} (${u.attribute}) in its ${countText(rows)} training rows`;
  return u.scoredAs === null
    ? `${where}: it is the baseline category, scored from an intercept fitted without them.`
    : `${where}: its coefficient is 0, so they are scored as ${u.scoredAs}.`;
}

/** Marks the group rows whose category a policy's model never met in training (`model.unseen`). */
import { INTERSECTION_GROUP_SEPARATOR } from '../metrics/plan';
import type { SliceResult } from './types';

/** The (attribute, category) pairs of a model summary's `unseen` list; anything else gives none. */
function unseenPairs(model: unknown): Set<string> {
  const out = new Set<string>();
  const list = model && typeof model === 'object' ? (model as { unseen?: unknown }).unseen : undefined;
  if (!Array.isArray(list)) return out;
  for (const u of list as { attribute?: unknown; category?: unknown }[])
    if (typeof u.attribute === 'string' && typeof u.category === 'string') out.add(`${u.attribute}\u0000${u.category}`);
  return out;
}

export function markUnseenGroups(slices: readonly SliceResult[], model: unknown): void {
  const unseen = unseenPairs(model);
  if (unseen.size === 0) return;
  for (const slice of slices)
    for (const row of slice.groups) {
      const ids = row.group.split(INTERSECTION_GROUP_SEPARATOR);
      if (slice.attributes.some((a, k) => unseen.has(`${a}\u0000${ids[k]}`))) row.unseenInTraining = true;
    }
}

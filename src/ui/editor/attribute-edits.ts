/**
 * Adding an attribute (appended, so it may depend on every attribute before it) and removing one.
 * Removal does not chase references: the editor first shows which ones would break (the problems
 * validation would report after the removal), and after it validation lists them with their paths.
 */
import type { Issue } from '../../core/scenario/issues';
import type { Draft } from './draft';
import { draftToText, getIn, setIn } from './draft';
import { checkText } from './validation';

export type NewAttributeType = 'categorical' | 'numeric';

function attributesOf(draft: Draft): Record<string, unknown>[] {
  const list = getIn(draft, ['population', 'attributes']);
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}

/** An attribute id not yet used: `attribute-9`, … (the number is its position, if free). */
export function freshAttributeId(taken: readonly unknown[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`attribute-${n}`)) return `attribute-${n}`;
}

export function newAttribute(type: NewAttributeType, id: string): Record<string, unknown> {
  const label = type === 'categorical' ? 'New attribute' : 'New measure';
  return type === 'categorical'
    ? { id, label, type, categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], weights: [50, 50] }
    : { id, label, type, distribution: { kind: 'normal', mean: 0, sd: 1 } };
}

export function withAttributeAdded(draft: Draft, type: NewAttributeType): Draft {
  const attrs = attributesOf(draft);
  const id = freshAttributeId(attrs.map((a) => a.id));
  return setIn(draft, ['population', 'attributes'], [...attrs, newAttribute(type, id)]);
}

export function withAttributeRemoved(draft: Draft, index: number): Draft {
  const attrs = attributesOf(draft);
  if (index < 0 || index >= attrs.length) return draft;
  return setIn(draft, ['population', 'attributes'], attrs.filter((_, i) => i !== index));
}

/** The problems removing attribute `index` would add: the references that would break. */
export function removalProblems(draft: Draft, index: number): Issue[] {
  const key = (i: Issue) => `${i.path}: ${i.message}`;
  const before = new Set(checkText(draftToText(draft)).issues.map(key));
  return checkText(draftToText(withAttributeRemoved(draft, index))).issues.filter((i) => !before.has(key(i)));
}

/**
 * Adding and removing a category of a categorical attribute. The lists that run parallel to the
 * categories (weights, every conditional-table row) keep their length, and so do the tables of
 * attributes that depend on this one. Removing a category also drops the entries that name it
 * (effects, multipliers, shifts, label bias, rule conditions); a rule condition left with no
 * category at all stays, and validation points at it.
 */
import type { Draft, DraftPath } from './draft';
import { getIn, setIn } from './draft';

type Json = Record<string, unknown>;
type CategoryDraft = { id?: string; label?: string };

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function attributesOf(draft: Draft): Json[] {
  const list = getIn(draft, ['population', 'attributes']);
  return Array.isArray(list) ? (list as Json[]) : [];
}

function categoriesOf(attr: Json | undefined): CategoryDraft[] {
  return Array.isArray(attr?.categories) ? (attr.categories as CategoryDraft[]) : [];
}

/** A category id not yet used by the attribute: `c4`, `c5`, … */
export function freshCategoryId(categories: readonly CategoryDraft[]): string {
  const taken = new Set(categories.map((c) => c.id));
  for (let n = categories.length + 1; ; n++) if (!taken.has(`c${n}`)) return `c${n}`;
}

/** The weight a new category starts with: the mean of its siblings, so shares move gently. */
function meanWeight(row: unknown): number {
  const w = Array.isArray(row) ? row.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)) : [];
  if (!w.length) return 1;
  return Math.round((w.reduce((a, b) => a + b, 0) / w.length) * 1000) / 1000;
}

/** Later attributes whose `given` names `id`, with the position of `id` in their table keys. */
function children(draft: Draft, id: string): { index: number; slot: number; table: Json }[] {
  return attributesOf(draft).flatMap((a, index) => {
    const slot = Array.isArray(a.given) ? (a.given as unknown[]).indexOf(id) : -1;
    return slot >= 0 && isObject(a.table) ? [{ index, slot, table: a.table }] : [];
  });
}

export function withCategoryAdded(draft: Draft, attrIndex: number): Draft {
  const at: DraftPath = ['population', 'attributes', attrIndex];
  const attr = attributesOf(draft)[attrIndex];
  if (!attr) return draft;
  const cats = categoriesOf(attr);
  const id = freshCategoryId(cats);
  let next = setIn(draft, [...at, 'categories'], [...cats, { id, label: `Category ${cats.length + 1}` }]);
  if (Array.isArray(attr.weights)) next = setIn(next, [...at, 'weights'], [...attr.weights, meanWeight(attr.weights)]);
  if (isObject(attr.table)) {
    const table = Object.fromEntries(Object.entries(attr.table).map(([k, row]) => [k, Array.isArray(row) ? [...row, meanWeight(row)] : row]));
    next = setIn(next, [...at, 'table'], table);
  }
  // Children get a row for each new parent combination, copied from the first category's row.
  const first = cats[0]?.id;
  if (typeof attr.id === 'string' && first !== undefined) {
    for (const child of children(next, attr.id)) {
      const table = { ...child.table };
      for (const [key, row] of Object.entries(child.table)) {
        const parts = key.split('|');
        if (parts[child.slot] !== first) continue;
        parts[child.slot] = id;
        const added = parts.join('|');
        if (!Object.hasOwn(table, added)) table[added] = Array.isArray(row) ? [...row] : row;
      }
      next = setIn(next, ['population', 'attributes', child.index, 'table'], table);
    }
  }
  return next;
}

export function withCategoryRemoved(draft: Draft, attrIndex: number, categoryIndex: number): Draft {
  const at: DraftPath = ['population', 'attributes', attrIndex];
  const attr = attributesOf(draft)[attrIndex];
  const cats = categoriesOf(attr);
  if (!attr || categoryIndex < 0 || categoryIndex >= cats.length) return draft;
  const keep = <T>(list: T[]) => list.filter((_, i) => i !== categoryIndex);
  let next = setIn(draft, [...at, 'categories'], keep(cats));
  if (Array.isArray(attr.weights)) next = setIn(next, [...at, 'weights'], keep(attr.weights));
  if (isObject(attr.table)) {
    next = setIn(next, [...at, 'table'], Object.fromEntries(Object.entries(attr.table).map(([k, row]) => [k, Array.isArray(row) ? keep(row) : row])));
  }
  const attrId = attr.id;
  const catId = cats[categoryIndex]?.id;
  if (typeof attrId !== 'string' || typeof catId !== 'string') return next;
  for (const child of children(next, attrId)) {
    const table = Object.fromEntries(Object.entries(child.table).filter(([key]) => key.split('|')[child.slot] !== catId));
    next = setIn(next, ['population', 'attributes', child.index, 'table'], table);
  }
  return withoutCategoryMentions(next, attrId, catId);
}

/** Group maps (attribute → category → number) in which a removed category may still be named. */
function groupMapPaths(draft: Draft): DraftPath[] {
  const shifts = attributesOf(draft).flatMap((a, i) => (isObject(a.shift) ? [['population', 'attributes', i, 'shift']] : []));
  return [
    ...shifts,
    ['behaviour', 'conversion', 'effects'], ['behaviour', 'click', 'effects'], ['behaviour', 'consent', 'effects'],
    ['behaviour', 'price', 'multipliers'], ['behaviour', 'observation', 'extra'], ['history', 'labelBias'],
  ];
}

function rulePaths(draft: Draft): DraftPath[] {
  const policies = getIn(draft, ['policies']);
  const own = Array.isArray(policies)
    ? policies.flatMap((p: Json, i) => (['rule', 'seedRule'] as const).filter((k) => isObject(p?.[k])).map((k) => ['policies', i, k]))
    : [];
  return [['history', 'rule'], ['campaign', 'eligibility'], ...own];
}

function withoutCategoryMentions(draft: Draft, attrId: string, catId: string): Draft {
  let next = draft;
  for (const path of groupMapPaths(draft)) {
    const byCategory = getIn(next, [...path, attrId]);
    if (isObject(byCategory) && catId in byCategory) next = setIn(next, [...path, attrId, catId], undefined);
  }
  for (const path of rulePaths(draft)) {
    for (const side of ['include', 'exclude'] as const) {
      const list = getIn(next, [...path, side]);
      if (!Array.isArray(list)) continue;
      list.forEach((p: Json, i) => {
        if (p?.attribute === attrId && Array.isArray(p.in) && p.in.includes(catId))
          next = setIn(next, [...path, side, i, 'in'], (p.in as unknown[]).filter((c) => c !== catId));
      });
    }
  }
  const reference = getIn(next, ['audit', 'reference']);
  if (isObject(reference) && Object.hasOwn(reference, attrId) && reference[attrId] === catId) next = setIn(next, ['audit', 'reference', attrId], undefined);
  return next;
}

/**
 * The editor works on a *draft*: the scenario as the user wrote it (a parsed JSON value that may
 * still fail validation). Edits copy the path they touch and leave everything else shared, so a
 * draft is never mutated in place and Lit sees a new object after every edit.
 */
import type { ScenarioInput } from '../../core/scenario/types';

export type Draft = ScenarioInput;
export type DraftPath = readonly (string | number)[];

/** Reads the value at `path`, or undefined when any step is missing. */
export function getIn(root: unknown, path: DraftPath): unknown {
  let at: unknown = root;
  for (const key of path) {
    // Own properties only: a category called "toString" must not read Object.prototype.toString.
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/**
 * Returns a copy of `root` with `value` at `path`. `undefined` deletes an object key; missing
 * objects along the way are created (an array when the next key is a number).
 */
export function setIn<T>(root: T, path: DraftPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const base: unknown = root;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(base)
    ? [...base]
    : base !== null && typeof base === 'object'
      ? { ...(base as Record<string, unknown>) }
      : typeof key === 'number'
        ? []
        : {};
  const child = setIn(Object.hasOwn(copy, key) ? (copy as Record<string | number, unknown>)[key] : undefined, rest, value);
  if (child === undefined && !Array.isArray(copy)) delete (copy as Record<string | number, unknown>)[key];
  // defineProperty, not assignment: a key named "__proto__" in a stranger's file stays a plain key.
  else Object.defineProperty(copy, key, { value: child, writable: true, enumerable: true, configurable: true });
  return copy as T;
}

/** Returns a copy of `root` with the array element at `path` removed. */
export function removeAt<T>(root: T, path: DraftPath): T {
  const parent = getIn(root, path.slice(0, -1));
  const index = path[path.length - 1];
  if (!Array.isArray(parent) || typeof index !== 'number') return root;
  return setIn(root, path.slice(0, -1), parent.filter((_, i) => i !== index));
}

/** Returns a copy of `root` with `value` inserted into the array at `path` before `index`. */
export function insertAt<T>(root: T, path: DraftPath, index: number, value: unknown): T {
  const list = getIn(root, path);
  const items = Array.isArray(list) ? [...list] : [];
  items.splice(index, 0, value);
  return setIn(root, path, items);
}

/** The text the JSON view shows for a draft: two-space indented, like the shipped scenarios. */
export function draftToText(draft: unknown): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

/** One edit from a form control: set (or with `remove`, delete from its array) the value at path. */
export interface DraftEdit {
  path: DraftPath;
  value?: unknown;
  remove?: boolean;
  insert?: { index: number };
}

export function applyEdit<T>(draft: T, edit: DraftEdit): T {
  if (edit.remove) return removeAt(draft, edit.path);
  if (edit.insert) return insertAt(draft, edit.path, edit.insert.index, edit.value);
  return setIn(draft, edit.path, edit.value);
}

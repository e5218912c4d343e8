/**
 * Paths into a scenario, as a sweep names them: dot-separated keys, with `[…]` around a key that
 * holds a dot. On an array a key is an element's `id` (`policies.parity.tolerance`) or, failing
 * that, a 0-based index (`population.attributes.gender.weights.1`).
 */
import { FORBIDDEN_KEYS } from '../scenario/limits';

export type PathResult<T> = { ok: true; value: T } | { ok: false; message: string };

const TOKEN = /\[([^\]]*)\]|([^.[\]]+)/g;

/** Splits `a.b[c.d].e` into `['a', 'b', 'c.d', 'e']`. */
export function parsePath(text: string): PathResult<string[]> {
  const keys: string[] = [];
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    const between = text.slice(at, m.index);
    // Between two keys only a single dot (or nothing before a bracket) is allowed.
    const bracket = m[1] !== undefined;
    const joined = keys.length === 0 ? between === '' : between === '.' || (between === '' && bracket);
    if (!joined) return bad(text);
    const key = m[1] ?? m[2] ?? '';
    if (key === '') return bad(text);
    if (FORBIDDEN_KEYS.has(key)) return { ok: false, message: `"${key}" cannot be part of a path` };
    keys.push(key);
    at = m.index + m[0].length;
  }
  if (at !== text.length || keys.length === 0) return bad(text);
  return { ok: true, value: keys };
}

function bad(text: string): PathResult<never> {
  return { ok: false, message: `${JSON.stringify(text.slice(0, 60))} is not a path: write keys separated by dots, e.g. "campaign.budget.people"` };
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The index in `array` that `key` names: the element whose `id` is `key`, else `key` as an index. */
function elementIndex(array: readonly Json[], key: string): number {
  const byId = array.findIndex((e) => isObject(e) && e.id === key);
  if (byId >= 0) return byId;
  return /^\d+$/.test(key) && Number(key) < array.length ? Number(key) : -1;
}

function describeArray(array: readonly Json[]): string {
  const ids = array.filter(isObject).map((e) => e.id).filter((id): id is string => typeof id === 'string');
  return ids.length ? `its elements are ${ids.map((id) => JSON.stringify(id)).join(', ')}` : `it has ${array.length} elements (0 to ${array.length - 1})`;
}

/**
 * Sets the value at `keys` in `root` (mutated). Missing object keys on the way are created, so
 * `behaviour.price.multipliers.gender.f` works on an empty map; the scenario check that follows
 * rejects keys the format does not have. Array elements must exist.
 */
export function setAtPath(root: Json, keys: readonly string[], value: Json): PathResult<Json> {
  let node = root;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const last = i === keys.length - 1;
    const where = keys.slice(0, i).join('.') || '(root)';
    if (Array.isArray(node)) {
      const index = elementIndex(node, key);
      if (index < 0) return { ok: false, message: `${where} has no element "${key}": ${describeArray(node)}` };
      if (last) node[index] = value;
      else node = node[index];
    } else if (isObject(node)) {
      if (last) node[key] = value;
      else {
        if (!Object.prototype.hasOwnProperty.call(node, key)) node[key] = {};
        node = node[key];
      }
    } else {
      return { ok: false, message: `${where} is ${JSON.stringify(node)}, not an object or a list, so it has no "${key}"` };
    }
  }
  return { ok: true, value: root };
}

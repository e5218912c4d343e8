/**
 * Where the cursor is in a JSON text being typed: the path of the container it is in, and whether
 * a key or a value goes there. A tolerant left-to-right scan up to the cursor (the text after it,
 * and errors before it, are ignored), so completion works in half-written files.
 */
import type { JsonPath } from './schema-help';

export interface CursorContext {
  /** `key`: a property name goes here (path: the object). `value`: a value (path: where it goes). */
  slot: 'key' | 'value';
  path: (string | number)[];
  /** Where the word being typed starts (its opening quote, if any). */
  from: number;
}

interface Frame {
  kind: 'object' | 'array';
  path: (string | number)[];
  key: string | undefined;
  index: number;
  expect: 'key' | 'colon' | 'value' | 'comma';
}

function slotOf(top: Frame | undefined, from: number): CursorContext | undefined {
  if (!top) return { slot: 'value', path: [], from };
  if (top.kind === 'object') {
    if (top.expect === 'key') return { slot: 'key', path: top.path, from };
    if (top.expect === 'value' && top.key !== undefined) return { slot: 'value', path: [...top.path, top.key], from };
    return undefined;
  }
  return top.expect === 'value' ? { slot: 'value', path: [...top.path, top.index], from } : undefined;
}

export function contextAt(text: string, pos: number): CursorContext | undefined {
  const stack: Frame[] = [];
  let i = 0;
  const top = () => stack[stack.length - 1];
  const valueDone = () => {
    const t = top();
    if (t) t.expect = 'comma';
  };
  while (i < pos) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      const start = i;
      i++;
      while (i < pos && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      if (i >= pos) return slotOf(top(), start);
      i++;
      const t = top();
      if (t?.kind === 'object' && t.expect === 'key') {
        try {
          t.key = JSON.parse(text.slice(start, i)) as string;
        } catch {
          t.key = text.slice(start + 1, i - 1);
        }
        t.expect = 'colon';
      } else valueDone();
    } else if (c === '{' || c === '[') {
      const t = top();
      const path = t ? [...t.path, t.kind === 'object' ? (t.key ?? '') : t.index] : [];
      stack.push({ kind: c === '{' ? 'object' : 'array', path, key: undefined, index: 0, expect: c === '{' ? 'key' : 'value' });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      valueDone();
      i++;
    } else if (c === ':') {
      const t = top();
      if (t) t.expect = 'value';
      i++;
    } else if (c === ',') {
      const t = top();
      if (t?.kind === 'object') {
        t.expect = 'key';
        t.key = undefined;
      } else if (t) {
        t.index++;
        t.expect = 'value';
      }
      i++;
    } else {
      const start = i;
      while (i < pos && /[\w.+-]/.test(text[i]!)) i++;
      if (i >= pos) return slotOf(top(), start);
      if (i === start) i++;
      valueDone();
    }
  }
  return slotOf(top(), pos);
}

/** The path of the property whose key (in quotes) covers `pos`, if `pos` is on a key. */
export function keyPathAt(text: string, pos: number): { path: JsonPath; from: number; to: number } | undefined {
  let start = pos;
  while (start > 0 && text[start] !== '"' && text[start] !== '\n') start--;
  if (text[start] !== '"') return undefined;
  // `start` may be the closing quote of the key when the cursor is on it; step back to the opening one.
  const context = contextAt(text, start);
  if (!context || context.slot !== 'key') {
    const opening = text.lastIndexOf('"', start - 1);
    if (opening < 0) return undefined;
    return keyFrom(text, opening);
  }
  return keyFrom(text, start);
}

function keyFrom(text: string, opening: number): { path: JsonPath; from: number; to: number } | undefined {
  const context = contextAt(text, opening);
  if (!context || context.slot !== 'key') return undefined;
  let end = opening + 1;
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
  let after = end + 1;
  while (after < text.length && /\s/.test(text[after]!)) after++;
  if (text[after] !== ':') return undefined;
  let key: string;
  try {
    key = JSON.parse(text.slice(opening, end + 1)) as string;
  } catch {
    return undefined;
  }
  return { path: [...context.path, key], from: opening, to: end + 1 };
}

/** The path a quoted value under `pos` is written at (`"demographic-parity"` → its key's path). */
export function valuePathAt(text: string, pos: number): { path: JsonPath; from: number; to: number } | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const opening = text.lastIndexOf('"', pos);
  if (opening < lineStart) return undefined;
  // `pos` on the closing quote: step back to the opening one.
  const context = contextAt(text, opening);
  const start = context && context.slot === 'value' && context.from === opening ? opening : text.lastIndexOf('"', opening - 1);
  if (start < lineStart) return undefined;
  const where = contextAt(text, start);
  if (!where || where.slot !== 'value' || where.from !== start) return undefined;
  let end = start + 1;
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
  if (pos > end) return undefined;
  return { path: where.path, from: start, to: end + 1 };
}

/**
 * `results.json` text: two-space indentation, arrays of plain values on one line, keys in the
 * order the builder writes them, and numbers rounded to at most 10 significant digits (integers
 * are kept exact) so the file is diff-friendly and identical across runs and platforms.
 * Non-finite numbers become null.
 */
import type { Results } from './types';

export const SIGNIFICANT_DIGITS = 10;

export function roundNumber(v: number): number | null {
  if (!Number.isFinite(v)) return null;
  if (Number.isInteger(v)) return v === 0 ? 0 : v;
  const r = Number(v.toPrecision(SIGNIFICANT_DIGITS));
  return r === 0 ? 0 : r; // no -0
}

function isPlain(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

/** A number as JSON writes roundNumber's value (a finite number's JSON text is its String). */
function writeNumber(v: number): string {
  const r = roundNumber(v);
  return r === null ? 'null' : String(r);
}

function write(value: unknown, indent: string): string {
  if (typeof value === 'number') return writeNumber(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (ArrayBuffer.isView(value)) return write(Array.from(value as unknown as ArrayLike<number>), indent);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) return `[${value.map((v) => (v === undefined ? 'null' : write(v, inner))).join(', ')}]`;
    return `[\n${value.map((v) => inner + (v === undefined ? 'null' : write(v, inner))).join(',\n')}\n${indent}]`;
  }
  // Own enumerable keys in order (as Object.entries), skipping undefined values and functions.
  const record = value as Record<string, unknown>;
  let text = '';
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (v === undefined || typeof v === 'function') continue;
    text += `${text === '' ? '' : ',\n'}${inner}${JSON.stringify(key)}: ${write(v, inner)}`;
  }
  return text === '' ? '{}' : `{\n${text}\n${indent}}`;
}

/** Any JSON-like value in the results style (used for results.json and its parts). */
export function stableJson(value: unknown): string {
  return write(value, '') + '\n';
}

export function resultsToJson(results: Results): string {
  return stableJson(results);
}

/**
 * Per-group numbers (effects, shifts, multipliers, extra noise) turned into arrays indexed by
 * category code, so that the per-person loops do one typed-array read per attribute and never
 * look anything up by name.
 */
import type { CategoricalAttribute, GroupMap } from '../scenario/types';
import { own } from '../records/own';

/** One categorical attribute's contribution: `byCode[code]` for a person with that code. */
export interface GroupTerm {
  readonly attributeId: string;
  readonly byCode: Float64Array;
}

export type CategoricalIndex = ReadonlyMap<string, CategoricalAttribute>;

/**
 * Turns `attribute → category → value` into one array per attribute; categories not named get
 * `missing` (0 for additive terms, 1 for multipliers). Names were checked when the scenario was
 * parsed; an attribute that is not categorical is ignored here.
 */
export function groupTerms(map: GroupMap | undefined, attributes: CategoricalIndex, missing: number): GroupTerm[] {
  const terms: GroupTerm[] = [];
  for (const [attributeId, byCategory] of Object.entries(map ?? {})) {
    const attr = attributes.get(attributeId);
    if (!attr) continue;
    terms.push({ attributeId, byCode: codeArray(attr, byCategory, missing) });
  }
  return terms;
}

export function codeArray(attr: CategoricalAttribute, byCategory: Record<string, number>, missing: number): Float64Array {
  const byCode = new Float64Array(attr.categories.length).fill(missing);
  attr.categories.forEach((c, code) => {
    const v = own(byCategory, c.id);
    if (v !== undefined) byCode[code] = v;
  });
  return byCode;
}

/** Adds every term's value to `out` for each person: out[i] += Σ term.byCode[codes[i]]. */
export function addGroupTerms(out: Float64Array, n: number, terms: readonly GroupTerm[], codes: Record<string, Uint8Array>): void {
  for (const term of terms) addByCode(out, n, term.byCode, column(codes, term.attributeId));
}

/** Multiplies `out` by every term's value for each person. */
export function multiplyGroupTerms(out: Float64Array, n: number, terms: readonly GroupTerm[], codes: Record<string, Uint8Array>): void {
  for (const term of terms) multiplyByCode(out, n, term.byCode, column(codes, term.attributeId));
}

// The per-person loops in functions of their own (V8 optimises them on their own).
// Two people a step, as fromCodePair (at an odd end both reads come before either write).

function addByCode(out: Float64Array, n: number, t: Float64Array, c: Uint8Array): void {
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = out[i]! + t[c[i]!]!;
    const y = out[j]! + t[c[j]!]!;
    out[i] = x;
    out[j] = y;
  }
}

function multiplyByCode(out: Float64Array, n: number, t: Float64Array, c: Uint8Array): void {
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = out[i]! * t[c[i]!]!;
    const y = out[j]! * t[c[j]!]!;
    out[i] = x;
    out[j] = y;
  }
}

/** An attribute's column of the chunk being generated; a missing one is an engine bug, said plainly. */
export function column<T>(columns: Record<string, T>, attributeId: string): T {
  const c = own(columns, attributeId);
  if (c === undefined) throw new Error(`population: no column for attribute "${attributeId}" (it must come before the attributes that use it)`);
  return c;
}

/**
 * A column built from group terms, ready to fill in one pass: the start value and the first one or
 * two terms folded into one table over their codes, start ∘ t1[a] ∘ t2[b] with ∘ = + or ×, in that
 * order — the same operations as filling the column and applying each term in turn, so the same
 * bits — and the terms after those, applied one pass each.
 */
export interface TermTable {
  readonly first: string | undefined;
  readonly second: string | undefined;
  /** Categories of the second attribute: the row length of `table`. */
  readonly radix: number;
  readonly table: Float64Array;
  readonly rest: readonly GroupTerm[];
  readonly multiply: boolean;
  /** Terms in all (0: every person gets the start value). */
  readonly count: number;
}

export function termTable(start: number, terms: readonly GroupTerm[], multiply: boolean): TermTable {
  const [t1, t2] = terms;
  const k1 = t1?.byCode.length ?? 1;
  const k2 = t2?.byCode.length ?? 1;
  const table = new Float64Array(k1 * k2);
  for (let a = 0; a < k1; a++)
    for (let b = 0; b < k2; b++) {
      let v = start;
      if (t1) v = multiply ? v * t1.byCode[a]! : v + t1.byCode[a]!;
      if (t2) v = multiply ? v * t2.byCode[b]! : v + t2.byCode[b]!;
      table[a * k2 + b] = v;
    }
  return { first: t1?.attributeId, second: t2?.attributeId, radix: k2, table, rest: terms.slice(2), multiply, count: terms.length };
}

/** out[i] = start ∘ each term's value for person i. */
export function fillTerms(out: Float64Array, n: number, t: TermTable, codes: Record<string, Uint8Array>): void {
  // One term reads the pair loop with zeros for the second code (radix 1): one loop to compile.
  if (t.first === undefined) out.fill(t.table[0]!, 0, n);
  else fromCodePair(out, n, t.table, column(codes, t.first), t.second === undefined ? zeroCodes(n) : column(codes, t.second), t.radix);
  if (t.multiply) multiplyGroupTerms(out, n, t.rest, codes);
  else addGroupTerms(out, n, t.rest, codes);
}

/**
 * Two people a step, i and j = i + 1 (j = i at an odd end, written twice): the loop's checks on
 * its four arrays are then paid once for both (a quarter less time a person).
 */
function fromCodePair(out: Float64Array, n: number, t: Float64Array, a: Uint8Array, b: Uint8Array, radix: number): void {
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = t[a[i]! * radix + b[i]!]!;
    const y = t[a[j]! * radix + b[j]!]!;
    out[i] = x;
    out[j] = y;
  }
}

/**
 * The code columns to read a TermTable straight from its table, table[a[i] · radix + b[i]], in a
 * loop that uses the value at once instead of filling a column first (the same value, so the same
 * bits): a column of zeros stands in for a term the table lacks. Undefined when terms after the
 * first two are left to apply (fillTerms then).
 */
export function termCodes(t: TermTable, n: number, codes: Record<string, Uint8Array>): { readonly a: Uint8Array; readonly b: Uint8Array } | undefined {
  if (t.rest.length > 0) return undefined;
  const zeros = zeroCodes(n);
  return { a: t.first === undefined ? zeros : column(codes, t.first), b: t.second === undefined ? zeros : column(codes, t.second) };
}

/** n zero codes, never written (one array per thread, grown on demand). */
let zeroes = new Uint8Array(0);
function zeroCodes(n: number): Uint8Array {
  if (zeroes.length < n) zeroes = new Uint8Array(n);
  return zeroes;
}

/**
 * Interaction terms compiled for the per-person loops: each term is a membership table per named
 * attribute (1 if the category matches) and a value added to a logit or multiplied into a price
 * when every table says 1. They use no random draws, so adding one changes no other column.
 */
import type { CategoricalIndex } from './group-terms';
import { column } from './group-terms';

export interface InteractionTerm {
  readonly matches: readonly { readonly attributeId: string; readonly inGroup: Uint8Array }[];
  readonly value: number;
}

export interface InteractionSpec {
  readonly when: Readonly<Record<string, readonly string[]>>;
}

/** Compiles `[{ when, effect | multiplier }]`; names were checked when the scenario was parsed. */
export function interactionTerms<T extends InteractionSpec>(
  specs: readonly T[] | undefined,
  attributes: CategoricalIndex,
  value: (spec: T) => number,
): InteractionTerm[] {
  return (specs ?? []).map((spec) => ({
    value: value(spec),
    matches: Object.entries(spec.when).map(([attributeId, categories]) => {
      const attr = attributes.get(attributeId);
      const inGroup = new Uint8Array(attr?.categories.length ?? 0);
      attr?.categories.forEach((c, code) => (inGroup[code] = categories.includes(c.id) ? 1 : 0));
      return { attributeId, inGroup };
    }),
  }));
}

/** Whether person i matches every part of the term. */
function matches(term: InteractionTerm, columns: readonly Uint8Array[], i: number): boolean {
  for (let k = 0; k < columns.length; k++) if (term.matches[k]!.inGroup[columns[k]![i]!] !== 1) return false;
  return true;
}

/** out[i] += value for each person matching a term (logits). */
export function addInteractions(out: Float64Array, n: number, terms: readonly InteractionTerm[], codes: Record<string, Uint8Array>): void {
  for (const term of terms) {
    const columns = term.matches.map((m) => column(codes, m.attributeId));
    for (let i = 0; i < n; i++) if (matches(term, columns, i)) out[i]! += term.value;
  }
}

/** out[i] *= value for each person matching a term (prices). */
export function multiplyInteractions(out: Float64Array, n: number, terms: readonly InteractionTerm[], codes: Record<string, Uint8Array>): void {
  for (const term of terms) {
    const columns = term.matches.map((m) => column(codes, m.attributeId));
    for (let i = 0; i < n; i++) if (matches(term, columns, i)) out[i]! *= term.value;
  }
}

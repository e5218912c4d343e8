/**
 * Per-chunk audit counts that merge by addition. For each policy and each cell (the overall row,
 * then every group of every slice) seven numbers are kept, at
 * `counts[(policy * cellCount + cell) * FIELD_COUNT + field]`.
 *
 * The integer fields are exact whatever the chunking. The two float fields (Σ conversion
 * probability, Σ price) are summed person by person within a chunk and then chunk by chunk in
 * chunk order, so the fixed engine chunking gives bit-identical results; a different partition of
 * the same people changes them only in the last bits (relative error ~1e-15 per addition).
 */
import type { PopulationChunk } from '../population/chunk';
import type { AuditPlan } from './plan';

export const FIELD = {
  n: 0,
  eligible: 1,
  reached: 2,
  positives: 3,
  truePositives: 4,
  expectedConversions: 5,
  cost: 6,
} as const;
export const FIELD_COUNT = 7;

/** The columns of a chunk the audit reads. */
export type AuditedPeople = Pick<PopulationChunk, 'size' | 'codes' | 'converts' | 'conversionProb' | 'price'>;

/** Cell index of every person for every slice: one Int32Array per slice. */
export function sliceCells(plan: AuditPlan, people: AuditedPeople): Int32Array[] {
  return plan.slices.map((slice) => {
    const cells = new Int32Array(people.size).fill(slice.offset);
    let stride = 1;
    for (let k = slice.attributes.length - 1; k >= 0; k--) {
      const id = slice.attributes[k] as string;
      const codes = people.codes[id];
      if (!codes) throw new Error(`audit: chunk has no column for attribute "${id}"`);
      for (let i = 0; i < people.size; i++) cells[i]! += (codes[i] as number) * stride;
      stride *= slice.radices[k] as number;
    }
    return cells;
  });
}

/**
 * Counts of one chunk. `eligible` undefined means everyone is eligible; `selections[p]` is policy
 * p's selected mask (1 = reached).
 */
export function countChunk(
  plan: AuditPlan,
  people: AuditedPeople,
  eligible: Uint8Array | undefined,
  selections: readonly Uint8Array[],
  cells: Int32Array[] = sliceCells(plan, people),
): Float64Array {
  const C = plan.cellCount;
  const out = new Float64Array(selections.length * C * FIELD_COUNT);
  const { converts, conversionProb, price, size } = people;
  // n, eligible, positives per cell: the same for every policy. One tight loop per slice (column
  // order); each cell still sums its people in person order.
  const base = new Float64Array(C * 3);
  const all = new Int32Array(size); // cell 0 (overall) for everyone
  for (const c of [all, ...cells])
    for (let i = 0; i < size; i++) {
      const at = (c[i] as number) * 3;
      base[at]! += 1;
      base[at + 1]! += eligible ? (eligible[i] as number) : 1;
      base[at + 2]! += converts[i] as number;
    }
  selections.forEach((selected, p) => {
    const block = p * C * FIELD_COUNT;
    for (let cell = 0; cell < C; cell++) {
      const at = block + cell * FIELD_COUNT;
      out[at + FIELD.n] = base[cell * 3] as number;
      out[at + FIELD.eligible] = base[cell * 3 + 1] as number;
      out[at + FIELD.positives] = base[cell * 3 + 2] as number;
    }
    const reached = reachedIndices(selected, size);
    for (const c of [all, ...cells])
      for (let k = 0; k < reached.length; k++) {
        const i = reached[k] as number;
        const at = block + (c[i] as number) * FIELD_COUNT;
        out[at + FIELD.reached]! += 1;
        out[at + FIELD.truePositives]! += converts[i] as number;
        out[at + FIELD.expectedConversions]! += conversionProb[i] as number;
        out[at + FIELD.cost]! += price[i] as number;
      }
  });
  return out;
}

/** Indices (in order) of the people with selected = 1. */
function reachedIndices(selected: Uint8Array, size: number): Int32Array {
  let count = 0;
  for (let i = 0; i < size; i++) if (selected[i] === 1) count++;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < size; i++) if (selected[i] === 1) out[k++] = i;
  return out;
}

/** Element-wise sum of equally long arrays, in the order given (chunk order). */
export function mergeByAddition(parts: readonly Float64Array[]): Float64Array {
  const first = parts[0];
  if (!first) return new Float64Array(0);
  const out = new Float64Array(first.length);
  for (const part of parts) {
    if (part.length !== out.length) throw new Error('audit: chunk counts differ in length');
    for (let k = 0; k < out.length; k++) out[k]! += part[k] as number;
  }
  return out;
}

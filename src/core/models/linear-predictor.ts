/**
 * The linear predictor η = intercept + Σ coefficient × encoded feature for every person of a chunk,
 * computed column block by column block over typed arrays. A categorical attribute's one-hot
 * columns (contiguous in the spec) become one table of coefficients indexed by category code, so
 * each attribute costs one lookup per person; a numeric column costs one multiply-add.
 *
 * Same float result as adding the columns one by one in spec order: within an attribute's block
 * only one column is non-zero per person (c × 1 = c exactly), and the others add zero.
 */
import type { PopulationChunk } from '../population/chunk';
import type { FeatureSpec } from './feature-spec';
import { own } from '../records/own';

/** `into` (at least the chunk's size; overwritten) saves allocating the result. */
export function linearPredictor(
  spec: FeatureSpec,
  coefficients: Float64Array,
  intercept: number,
  chunk: PopulationChunk,
  into?: Float64Array,
): Float64Array {
  const n = chunk.size;
  const eta = (into && into.length >= n ? into.subarray(0, n) : new Float64Array(n)).fill(intercept);
  const columns = spec.columns;
  for (let j = 0; j < columns.length; ) {
    const col = columns[j]!;
    if (col.kind === 'numeric') {
      const c = coefficients[j] as number;
      j++;
      if (c === 0) continue;
      const observed = own(chunk.observed, col.attribute);
      if (!observed) throw new Error(`model features: chunk ${chunk.index} has no observed values for "${col.attribute}"`);
      const { mean, sd } = col;
      addNumeric(eta, observed, c, mean, sd, n);
      continue;
    }
    const codes = own(chunk.codes, col.attribute);
    if (!codes) throw new Error(`model features: chunk ${chunk.index} has no codes for "${col.attribute}"`);
    // Codes are bytes: a 256-entry table covers any code; categories without a column add 0.
    const table = new Float64Array(256);
    let any = false;
    for (; j < columns.length; j++) {
      const next = columns[j]!;
      if (next.kind !== 'category' || next.attribute !== col.attribute) break;
      const c = coefficients[j] as number;
      // A repeated category (never made by featureSpec) would add twice.
      table[next.code] = (table[next.code] as number) + c;
      if (c !== 0) any = true;
    }
    if (!any) continue;
    addCategory(eta, table, codes, n);
  }
  return eta;
}

// The per-person loops, each in a function of its own (V8 optimises them on their own, with
// every number unboxed), two people a step: i and j = i + 1, or i again at an odd end (both read
// before either writes, so person i gets the same sum twice). The loop's checks on its arrays are
// then paid once for both (population/group-terms.ts fromCodePair measures it).

function addNumeric(eta: Float64Array, observed: Float32Array, c: number, mean: number, sd: number, n: number): void {
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = (eta[i] as number) + c * (((observed[i] as number) - mean) / sd);
    const y = (eta[j] as number) + c * (((observed[j] as number) - mean) / sd);
    eta[i] = x;
    eta[j] = y;
  }
}

function addCategory(eta: Float64Array, table: Float64Array, codes: Uint8Array, n: number): void {
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = (eta[i] as number) + (table[codes[i] as number] as number);
    const y = (eta[j] as number) + (table[codes[j] as number] as number);
    eta[i] = x;
    eta[j] = y;
  }
}

/**
 * Categorical attributes: one uniform per person against cumulative weights. A conditional
 * attribute (`given` + `table`) has one row of cumulative weights per parent combination; the row
 * of a person is their parents' codes read as a mixed-radix number, first parent most significant,
 * which is the order of the table's `"a|b"` keys.
 */
import type { Rng } from '../random/stream';
import { drawUniforms } from '../random/alea';
import type { CategoricalAttribute } from '../scenario/types';
import type { CategoricalIndex } from './group-terms';
import { column } from './group-terms';
import { own } from '../records/own';

export interface CategoricalSampler {
  readonly id: string;
  /** Categories per row. */
  readonly k: number;
  readonly parents: readonly string[];
  /** Multiplier of each parent's code in the row number. */
  readonly strides: readonly number[];
  /** rows × k cumulative probabilities; from each row's last positive weight on, a sentinel 2. */
  readonly cumulative: Float64Array;
  /** Buckets per row of the guide: GUIDE_BUCKETS, or GUIDE_BUCKETS_WIDE with several parents. */
  readonly buckets: number;
  /**
   * rows × buckets: the first category a uniform in bucket [b/B, (b+1)/B) can be (a guide table,
   * Chen & Asau 1974), plus GUIDE_SCAN when a cut lies inside the bucket. Most buckets hold no cut,
   * so their entry is the category itself and the cumulative row is not read at all; in the others
   * the search starts at the entry and steps past the cuts. That is about 2.5× faster than a linear
   * search whose branches the CPU cannot predict, and a quarter faster again than reading the
   * cumulative row for every person.
   */
  readonly guide: Uint8Array;
}

/**
 * Guide buckets of a row for an attribute with at most one parent (at most LIMITS.categories rows,
 * 16 KB): with 256 buckets about 1 person in 100 per cut lands in a bucket that holds one.
 */
export const GUIDE_BUCKETS = 256;
/** Guide buckets of a row with several parents (up to LIMITS.tableRows rows: 256 KB at 64). */
export const GUIDE_BUCKETS_WIDE = 64;
/** Added to a guide entry whose bucket holds a cut (categories are fewer than 128). */
export const GUIDE_SCAN = 128;

export function categoricalSampler(attr: CategoricalAttribute, earlier: CategoricalIndex): CategoricalSampler {
  const k = attr.categories.length;
  const parents = attr.given ?? [];
  const radices = parents.map((p) => earlier.get(p)?.categories ?? []);
  const strides: number[] = [];
  let rows = 1;
  for (let p = radices.length - 1; p >= 0; p--) {
    strides[p] = rows;
    rows *= radices[p]!.length;
  }
  // Row numbers are kept in a Uint16Array; the scenario checks cap tables far below that (limits.ts).
  if (rows > 65_536) throw new Error(`attribute "${attr.id}" has ${rows} parent combinations`);
  const cumulative = new Float64Array(rows * k);
  for (let row = 0; row < rows; row++) {
    const weights = parents.length ? own(attr.table, rowKey(row, radices, strides)) : attr.weights;
    if (!weights) throw new Error(`attribute "${attr.id}" has no weights for row ${row}`);
    fillCumulative(cumulative, row * k, weights);
  }
  if (k >= GUIDE_SCAN) throw new Error(`attribute "${attr.id}" has ${k} categories`);
  const buckets = parents.length <= 1 ? GUIDE_BUCKETS : GUIDE_BUCKETS_WIDE;
  const guide = new Uint8Array(rows * buckets);
  for (let row = 0; row < rows; row++) {
    let j = 0;
    for (let b = 0; b < buckets; b++) {
      // j: the first category whose cut lies above the bucket's start (b / buckets and
      // (b + 1) / buckets are exact: buckets is a power of two).
      while (b / buckets >= cumulative[row * k + j]!) j++;
      guide[row * buckets + b] = cumulative[row * k + j]! < (b + 1) / buckets ? j + GUIDE_SCAN : j;
    }
  }
  return { id: attr.id, k, parents, strides, cumulative, buckets, guide };
}

function rowKey(row: number, radices: readonly { id: string }[][], strides: readonly number[]): string {
  return radices.map((cats, p) => cats[Math.floor(row / strides[p]!) % cats.length]!.id).join('|');
}

function fillCumulative(out: Float64Array, at: number, weights: readonly number[]): void {
  let total = 0;
  let last = 0;
  weights.forEach((w, j) => {
    total += w;
    if (w > 0) last = j;
  });
  let sum = 0;
  for (let j = 0; j < weights.length; j++) {
    sum += weights[j]!;
    // The sentinel makes the last positive category catch rounding at the top, and keeps
    // zero-weight categories after it unreachable.
    out[at + j] = j >= last ? 2 : sum / total;
  }
}

/**
 * Draws `n` codes into `out` from `rng`, one uniform per person. `rows` is scratch space of at
 * least n for the row numbers of an attribute with several parents (one parent's codes are the
 * rows themselves), `draws` for the uniforms, drawn in one block.
 */
export function sampleCategorical(
  s: CategoricalSampler,
  rng: Rng,
  n: number,
  codes: Record<string, Uint8Array>,
  out: Uint8Array,
  rows: Uint16Array = new Uint16Array(n),
  draws: Float64Array = new Float64Array(n),
): void {
  const uniforms = drawUniforms(rng, draws, n);
  if (s.parents.length === 0) pickUnconditional(uniforms, s.guide, s.buckets, s.cumulative, n, out);
  else pickByRow(uniforms, rowNumbers(s, codes, n, rows), s.guide, s.buckets, s.cumulative, s.k, n, out);
}

/** Each person's table row: the parent's codes for one parent, else Σ code × stride into `rows`. */
function rowNumbers(s: CategoricalSampler, codes: Record<string, Uint8Array>, n: number, rows: Uint16Array): Uint8Array | Uint16Array {
  if (s.parents.length === 1) return column(codes, s.parents[0]!);
  const row = rows.subarray(0, n).fill(0);
  for (let p = 0; p < s.parents.length; p++) addStride(row, column(codes, s.parents[p]!), s.strides[p]!, n);
  return row;
}

function addStride(row: Uint16Array, c: Uint8Array, stride: number, n: number): void {
  for (let i = 0; i < n; i++) row[i]! += c[i]! * stride;
}

// The guide's entry is final unless its bucket holds a cut (GUIDE_SCAN), and then the scan rarely
// steps more than once; one small loop per case keeps each one's types fixed. u · buckets is exact
// (a power of two), so its integer part is the bucket of u.

function pickUnconditional(uniforms: Float64Array, guide: Uint8Array, buckets: number, cum: Float64Array, n: number, out: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const u = uniforms[i]!;
    let j = guide[(u * buckets) | 0]!;
    if (j >= GUIDE_SCAN) for (j -= GUIDE_SCAN; u >= cum[j]!; ) j++;
    out[i] = j;
  }
}

function pickByRow(uniforms: Float64Array, rows: Uint8Array | Uint16Array, guide: Uint8Array, buckets: number, cum: Float64Array, k: number, n: number, out: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const u = uniforms[i]!;
    const r = rows[i]!;
    let j = guide[r * buckets + ((u * buckets) | 0)]!;
    if (j >= GUIDE_SCAN) for (j -= GUIDE_SCAN; u >= cum[r * k + j]!; ) j++;
    out[i] = j;
  }
}

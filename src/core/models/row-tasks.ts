/** Chunk tasks of the models: encoded training rows, and predicted probabilities for everyone. */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
import { onesAt, personIndices } from '../engine/person-masks';
import { aleaState, tieWordsInto } from '../selection/tie-words';
import type { FeatureColumn, FeatureSpec } from './feature-spec';
import { linearPredictor } from './linear-predictor';
import type { RowSource } from './row-source';
import { own } from '../records/own';
import { exactExp, NEAR_RANGE, nearExp, settledF32 } from '../population/exp';

/** Columns of ones and of zeros, shared by every chunk of this thread (read only). */
let ones = new Uint8Array(0);
let zeros = new Uint32Array(0);
/** The sample's draws (as words, see tieWordsInto), the masked people and the picked ones, reused from chunk to chunk (tasks run one at a time). */
let sampleDraws = new Uint32Array(0);
let maskedScratch = new Int32Array(0);
let pickedScratch = new Int32Array(0);

/** Who among the chunk's people are training rows for `source`, in person order. */
export function pickRows(state: ChunkState, source: RowSource): Int32Array {
  const chunk = generatedChunk(state);
  const n = chunk.size;
  if (pickedScratch.length < n) {
    ones = new Uint8Array(n).fill(1);
    zeros = new Uint32Array(n);
    maskedScratch = new Int32Array(n);
    pickedScratch = new Int32Array(n);
  }
  // Without consent required it reads as a column of ones, without a sample as draws of
  // 0 < rate = 1, so every source runs the one loop below with the same array types.
  const consent = (source.requireConsent ?? true) ? chunk.consent : ones;
  let u: Uint32Array = zeros;
  if (source.sample) {
    if (sampleDraws.length < n) sampleDraws = new Uint32Array(n);
    // One sample draw per person, whatever the other conditions, so samples stay stable across
    // edits: the stream's uniforms u as the words u·2^32 (exact), drawn four chains at a time.
    u = sampleDraws.subarray(0, n);
    tieWordsInto(aleaState(state.seed, ['chunk', state.index, 'sample', source.sample.name]), u);
  }
  // A mask (e.g. the history: a few people per chunk) is read by the shared onesAt loop first.
  let among = personIndices(n);
  let count = n;
  if (source.maskKey !== undefined) {
    among = maskedScratch;
    count = onesAt(stored(state, source.maskKey), among, n);
  }
  return pickedScratch.slice(0, pickAmong(pickedScratch, among, count, u, source.sample?.rate ?? 1, consent));
}

/** Writes the people among[0..count) with u[i] < rate and consent[i] = 1 into `picked` (u = words · 2^−32); returns how many. */
function pickAmong(picked: Int32Array, among: Int32Array, count: number, words: Uint32Array, rate: number, consent: Uint8Array): number {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const i = among[k] as number;
    if ((words[i] as number) * 2.3283064365386963e-10 < rate && consent[i] === 1) picked[kept++] = i;
  }
  return kept;
}

/**
 * The picked people encoded by `spec` (row-major). Observed values are float32 and one-hot
 * entries 0 or 1: with the identity transform (a spec not yet standardised) every entry is exact
 * in float32, which halves what a chunk keeps or sends.
 */
export function encodeRows(state: ChunkState, spec: FeatureSpec, picked: Int32Array): Float32Array | Float64Array {
  const chunk = generatedChunk(state);
  const count = picked.length;
  const cols = spec.columns.length;
  const exact32 = spec.columns.every((col) => col.kind === 'category' || (col.mean === 0 && col.sd === 1));
  const X = exact32 ? new Float32Array(count * cols) : new Float64Array(count * cols);
  // Column by column over typed arrays (row-major X).
  for (let j = 0; j < cols; j++) {
    const col = spec.columns[j] as FeatureColumn;
    if (col.kind === 'category') {
      const codes = own(chunk.codes, col.attribute);
      if (!codes) throw new Error(`model features: chunk ${chunk.index} has no codes for "${col.attribute}"`);
      encodeCategory(X, cols, j, codes, col.code, picked);
      continue;
    }
    const observed = own(chunk.observed, col.attribute);
    if (!observed) throw new Error(`model features: chunk ${chunk.index} has no observed values for "${col.attribute}"`);
    encodeNumeric(X, cols, j, observed, col.mean, col.sd, picked);
  }
  return X;
}

// The per-row loops of encodeRows, each alone in its function (compiled once, nothing cold after it).

function encodeCategory(X: Float32Array | Float64Array, cols: number, j: number, codes: Uint8Array, code: number, picked: Int32Array): void {
  for (let r = 0; r < picked.length; r++) X[r * cols + j] = codes[picked[r] as number] === code ? 1 : 0;
}

function encodeNumeric(X: Float32Array | Float64Array, cols: number, j: number, observed: Float32Array, mean: number, sd: number, picked: Int32Array): void {
  for (let r = 0; r < picked.length; r++) X[r * cols + j] = ((observed[picked[r] as number] as number) - mean) / sd;
}

/** The picked people's labels for `source`. */
export function labelRows(state: ChunkState, source: RowSource, picked: Int32Array): Uint8Array {
  const y = new Uint8Array(picked.length);
  const { label } = source;
  if (source.labelKey === undefined && (label === 0 || label === 1)) return y.fill(label);
  const chunk = generatedChunk(state);
  let column: Uint8Array;
  if (source.labelKey !== undefined) column = stored(state, source.labelKey);
  else if (label === 'conversion') column = chunk.converts;
  else if (label === 'click') column = chunk.clicks;
  else throw new Error('training rows: give labelKey or label');
  gatherBytes(y, column, picked);
  return y;
}

/** y[r] = column[picked[r]]. */
function gatherBytes(y: Uint8Array, column: Uint8Array, picked: Int32Array): void {
  for (let r = 0; r < picked.length; r++) y[r] = column[picked[r] as number] as number;
}

/** Task: the chunk's training rows for `source`, encoded by `spec`. */
export const modelRows = chunkTask('modelRows', chunkRows);

function chunkRows(
  state: ChunkState,
  args: { spec: FeatureSpec; source: RowSource },
): { X: Float32Array | Float64Array; y: Uint8Array; rows: number } {
  const picked = pickRows(state, args.source);
  return { X: encodeRows(state, args.spec, picked), y: labelRows(state, args.source, picked), rows: picked.length };
}

/** A fitted model as it crosses to the chunks. */
export interface ModelCoefficients {
  intercept: number;
  coefficients: Float64Array;
}

/** The linear predictor's space, reused by every chunk this thread scores (scoring is synchronous). */
let etaScratch = new Float64Array(0);

/** Task: writes every person's predicted probability under `outKey`. */
export const scoreModel = chunkTask('scoreModel', predict);

function predict(state: ChunkState, args: { spec: FeatureSpec; model: ModelCoefficients; outKey: StoreKey<Float32Array> }): void {
  const chunk = generatedChunk(state);
  const { spec, model } = args;
  if (model.coefficients.length !== spec.columns.length)
    throw new Error(`scoreModel: ${model.coefficients.length} coefficients for ${spec.columns.length} columns`);
  if (etaScratch.length < chunk.size) etaScratch = new Float64Array(chunk.size);
  const eta = linearPredictor(spec, model.coefficients, model.intercept, chunk, etaScratch);
  state.store.set(args.outKey, logisticInto(eta, new Float32Array(chunk.size)));
}

/**
 * out[i] = Float32 of 1 / (1 + e^−η[i]), the loop alone in its function, so nothing after it is
 * left cold. Two people a step (i and j = i + 1, or i again at an odd end), each first with
 * nearExp: where settledF32 says every value within NEAR_MARGIN of that probability has the same
 * Float32, it is the exact probability's (as population/logistic-column.ts argues); otherwise, or
 * for |η| past NEAR_RANGE, the exact one from exactExp (Math.exp bit for bit, population/exp.ts).
 */
export function logisticInto(eta: Float64Array, out: Float32Array): Float32Array {
  const n = out.length;
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = -(eta[i] as number);
    const y = -(eta[j] as number);
    let f = settledF32(1 / (1 + nearExp(x)));
    let g = settledF32(1 / (1 + nearExp(y)));
    if (!(f === f && Math.abs(x) < NEAR_RANGE)) f = 1 / (1 + exactExp(x));
    if (!(g === g && Math.abs(y) < NEAR_RANGE)) g = 1 / (1 + exactExp(y));
    out[i] = f;
    out[j] = g;
  }
  return out;
}

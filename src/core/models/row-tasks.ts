/** Chunk tasks of the models: encoded training rows, and predicted probabilities for everyone. */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
import type { PopulationChunk } from '../population/chunk';
import { stream } from '../random/stream';
import type { FeatureSpec } from './feature-spec';
import { linearPredictor } from './linear-predictor';
import type { RowSource } from './row-source';
import { own } from '../records/own';

function labels(state: ChunkState, chunk: PopulationChunk, source: RowSource): (i: number) => number {
  if (source.labelKey !== undefined) {
    const recorded = stored(state, source.labelKey);
    return (i) => recorded[i] as number;
  }
  const { label } = source;
  if (label === 'conversion') return (i) => chunk.converts[i] as number;
  if (label === 'click') return (i) => chunk.clicks[i] as number;
  if (label === 0 || label === 1) return () => label;
  throw new Error('training rows: give labelKey or label');
}

/** Who among the chunk's people are training rows for `source`, in person order. */
export function pickRows(state: ChunkState, source: RowSource): Int32Array {
  const chunk = generatedChunk(state);
  const mask = source.maskKey === undefined ? undefined : stored(state, source.maskKey);
  const requireConsent = source.requireConsent ?? true;
  const sample = source.sample ? stream(state.seed, 'chunk', state.index, 'sample', source.sample.name) : undefined;
  const rate = source.sample?.rate ?? 1;
  let count = 0;
  const picked = new Int32Array(chunk.size);
  for (let i = 0; i < chunk.size; i++) {
    // One sample draw per person, whatever the other conditions, so samples stay stable across edits.
    const u = sample ? sample.next() : 0;
    if (sample && !(u < rate)) continue;
    if (mask && !mask[i]) continue;
    if (requireConsent && !chunk.consent[i]) continue;
    picked[count++] = i;
  }
  return picked.subarray(0, count);
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
  spec.columns.forEach((col, j) => {
    if (col.kind === 'category') {
      const codes = own(chunk.codes, col.attribute);
      if (!codes) throw new Error(`model features: chunk ${chunk.index} has no codes for "${col.attribute}"`);
      const code = col.code;
      for (let r = 0; r < count; r++) X[r * cols + j] = codes[picked[r] as number] === code ? 1 : 0;
      return;
    }
    const observed = own(chunk.observed, col.attribute);
    if (!observed) throw new Error(`model features: chunk ${chunk.index} has no observed values for "${col.attribute}"`);
    const { mean, sd } = col;
    for (let r = 0; r < count; r++) X[r * cols + j] = ((observed[picked[r] as number] as number) - mean) / sd;
  });
  return X;
}

/** The picked people's labels for `source`. */
export function labelRows(state: ChunkState, source: RowSource, picked: Int32Array): Uint8Array {
  const label = labels(state, generatedChunk(state), source);
  const y = new Uint8Array(picked.length);
  for (let r = 0; r < picked.length; r++) y[r] = label(picked[r] as number);
  return y;
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
  const out = new Float32Array(chunk.size);
  for (let i = 0; i < chunk.size; i++) out[i] = 1 / (1 + Math.exp(-(eta[i] as number)));
  state.store.set(args.outKey, out);
}

/**
 * Chunk tasks of the parallel model fit (fit-chunks.ts): each chunk encodes its training rows once
 * and keeps them in its store, returns their count and column moments, then returns the deviance,
 * gradient and Hessian sums at each β the coordinator asks for. No training row leaves its chunk.
 *
 * The encoded features are kept under a key of the features and of who the rows are (mask,
 * sample, consent) but not of their labels, so models on the same people and features — the
 * propensity model (recorded conversions) and the delivery model (clicks) on the history — share
 * one copy; the labels are kept apart.
 */
import type { ChunkState } from '../engine/runner';
import type { FeatureSpec } from './feature-spec';
import type { RowSums, SparseRows } from './newton';
import { accumulateSparse, emptySums, sparseRows } from './newton';
import type { RowSource } from './row-source';
import { encodeRows, labelRows, pickRows } from './tasks';

/** Where a fit's rows are kept in each chunk's store. */
export interface RowsKeys {
  /** Float32Array (or Float64Array) X, row-major, raw (unstandardised) values. */
  readonly features: string;
  /** Uint8Array y. */
  readonly labels: string;
}

/**
 * The chunk's share of the moments: row count, positives, per numeric column the mean and
 * Σ(x − mean)², and per categorical column the rows that have the category (Σx of a 0/1 column).
 */
export interface ChunkMoments {
  rows: number;
  positives: number;
  mean: Float64Array;
  m2: Float64Array;
  counts: Float64Array;
}

/**
 * Encodes the rows of every source in turn (`spec` must not be standardised yet), unless a model
 * with the same features and people already did in this run; labels them.
 */
export function modelPrepare(state: ChunkState, args: { spec: FeatureSpec; sources: RowSource[]; keys: RowsKeys }): ChunkMoments {
  const cols = args.spec.columns.length;
  const picks = args.sources.map((source) => pickRows(state, source));
  const rows = picks.reduce((n, p) => n + p.length, 0);
  let X = state.store.get(args.keys.features) as Float32Array | Float64Array | undefined;
  if (!X) {
    const parts = picks.map((picked) => encodeRows(state, args.spec, picked));
    X = parts.every((p) => p instanceof Float32Array) ? new Float32Array(rows * cols) : new Float64Array(rows * cols);
    let at = 0;
    for (const part of parts) {
      X.set(part, at);
      at += part.length;
    }
    state.store.set(args.keys.features, X);
  }
  const y = new Uint8Array(rows);
  let at = 0;
  args.sources.forEach((source, s) => {
    y.set(labelRows(state, source, picks[s] as Int32Array), at);
    at += (picks[s] as Int32Array).length;
  });
  state.store.set(args.keys.labels, y);
  const mean = new Float64Array(cols);
  const m2 = new Float64Array(cols);
  const counts = new Float64Array(cols);
  args.spec.columns.forEach((col, j) => {
    if (col.kind === 'category') {
      let n = 0;
      for (let r = 0; r < rows; r++) n += X[r * cols + j] as number;
      counts[j] = n;
      return;
    }
    if (rows === 0) return;
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += X[r * cols + j] as number;
    const m = sum / rows;
    let ss = 0;
    for (let r = 0; r < rows; r++) ss += ((X[r * cols + j] as number) - m) ** 2;
    mean[j] = m;
    m2[j] = ss;
  });
  let positives = 0;
  for (let r = 0; r < rows; r++) positives += y[r] as number;
  return { rows, positives, mean, m2, counts };
}

/** The chunk's deviance, gradient and Hessian sums at `beta`, its rows read as (x − shift) / scale. */
export function modelEvaluate(state: ChunkState, args: { keys: RowsKeys; shift: Float64Array; scale: Float64Array; beta: Float64Array }): RowSums {
  const X = state.store.get(args.keys.features) as Float32Array | Float64Array | undefined;
  const y = state.store.get(args.keys.labels) as Uint8Array | undefined;
  if (!X || !y) throw new Error(`chunk ${state.index}: no training rows under "${args.keys.labels}"`);
  const cols = args.shift.length;
  // The standardised non-zero entries, built at the first Newton step and kept for the others
  // (and for models on the same rows: same rows, same moments, same standardisation).
  const sparseKey = `sparse:${args.keys.features}|${args.shift.join()}|${args.scale.join()}`;
  let sparse = state.store.get(sparseKey) as SparseRows | undefined;
  if (!sparse) {
    sparse = sparseRows({ X, y, rows: y.length, cols, shift: args.shift, scale: args.scale });
    state.store.set(sparseKey, sparse);
  }
  return accumulateSparse(sparse, y, args.beta, emptySums(cols + 1));
}

/** Task: frees every fit's encoded rows, labels and sparse rows once the run's models are fitted. */
export function modelRowsDrop(state: ChunkState, _args: Record<string, never>): number {
  let dropped = 0;
  for (const key of [...state.store.keys()])
    if (key.startsWith('rows:') || key.startsWith('labels:') || key.startsWith('sparse:')) {
      state.store.delete(key);
      dropped++;
    }
  return dropped;
}

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
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask, sumCounts } from '../engine/chunk-task';
import type { NoArgs } from '../engine/chunk-task';
import { countOnes } from '../engine/person-masks';
import { MODEL_ROW_PREFIXES, sparseRowsKey } from '../engine/store-keys';
import type { RowsKeys } from '../engine/store-keys';
import type { FeatureSpec } from './feature-spec';
import type { RowSums, SparseRows } from './newton';
import { accumulateSparse, addSums, emptySums, sparseRows } from './newton';
import type { RowSource } from './row-source';
import { encodeRows, labelRows, pickRows } from './row-tasks';

export type { RowsKeys } from '../engine/store-keys';

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
export const modelPrepare = chunkTask('modelPrepare', prepareRows);

function prepareRows(state: ChunkState, args: { spec: FeatureSpec; sources: RowSource[]; keys: RowsKeys }): ChunkMoments {
  const cols = args.spec.columns.length;
  const picks = args.sources.map((source) => pickRows(state, source));
  const rows = picks.reduce((n, p) => n + p.length, 0);
  let X = state.store.get(args.keys.features);
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
  for (let j = 0; j < cols; j++) {
    // A categorical column's Σx counts its rows (0/1 entries, exact); a numeric one's gives the mean.
    if (args.spec.columns[j]?.kind === 'category') {
      counts[j] = columnSum(X, cols, j, rows);
      continue;
    }
    if (rows === 0) continue;
    const m = columnSum(X, cols, j, rows) / rows;
    mean[j] = m;
    m2[j] = columnSquares(X, cols, j, rows, m);
  }
  return { rows, positives: countOnes(y, rows), mean, m2, counts };
}

/** Σ of column j over the rows, in row order. */
function columnSum(X: Float32Array | Float64Array, cols: number, j: number, rows: number): number {
  let sum = 0;
  for (let r = 0; r < rows; r++) sum += X[r * cols + j] as number;
  return sum;
}

/** Σ (x − m)² of column j over the rows, in row order. */
function columnSquares(X: Float32Array | Float64Array, cols: number, j: number, rows: number, m: number): number {
  let ss = 0;
  for (let r = 0; r < rows; r++) ss += ((X[r * cols + j] as number) - m) ** 2;
  return ss;
}

interface EvaluateArgs {
  keys: RowsKeys;
  shift: Float64Array;
  scale: Float64Array;
  beta: Float64Array;
}

/** Task: the chunk's deviance, gradient and Hessian sums at `beta`; merged: added in chunk order. */
export const modelEvaluate = chunkTask('modelEvaluate', evaluateRows, (parts: readonly RowSums[], args: EvaluateArgs) =>
  parts.reduce(addSums, emptySums(args.shift.length + 1)),
);

/** The chunk's sums at `beta`, its rows read as (x − shift) / scale. */
function evaluateRows(state: ChunkState, args: EvaluateArgs): RowSums {
  const X = state.store.get(args.keys.features);
  const y = state.store.get(args.keys.labels);
  if (!X || !y) throw new Error(`chunk ${state.index}: no training rows under "${args.keys.labels}"`);
  const cols = args.shift.length;
  // The standardised non-zero entries, built at the first Newton step and kept for the others
  // (and for models on the same rows: same rows, same moments, same standardisation).
  const sparseKey = sparseRowsKey<SparseRows>(args.keys.features, args.shift, args.scale);
  let sparse = state.store.get(sparseKey);
  if (!sparse) {
    sparse = sparseRows({ X, y, rows: y.length, cols, shift: args.shift, scale: args.scale });
    state.store.set(sparseKey, sparse);
  }
  return accumulateSparse(sparse, y, args.beta, emptySums(cols + 1));
}

/** Task: frees every fit's encoded rows, labels and sparse rows once the run's models are fitted. */
export const modelRowsDrop = chunkTask('modelRowsDrop', dropRows, sumCounts);

function dropRows(state: ChunkState, _args: NoArgs): number {
  let dropped = 0;
  for (const key of state.store.names())
    if (MODEL_ROW_PREFIXES.some((prefix) => key.startsWith(prefix))) {
      state.store.delete(key);
      dropped++;
    }
  return dropped;
}

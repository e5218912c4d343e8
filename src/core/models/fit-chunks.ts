/**
 * The engine's model fit, in parallel on the chunks: every chunk keeps its own training rows and
 * returns sums; the coordinator adds them in chunk order — the same numbers for any number of
 * workers — and runs Newton's method on the totals (newton.ts). Per fit: one round for the rows
 * and their moments (merged by Chan's pairwise formula, in chunk order), then one round per Newton
 * evaluation. Models with the same features and row sources share one encoding of the rows.
 *
 * Against the serial fit on gathered rows (fit-logistic.ts) only the order of the floating-point
 * sums differs, so coefficients agree to about 1e-12 relative (tests/models/fit-chunks.test.ts).
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import { reduceChunks } from '../engine/runner';
import { rowsKeys as columnKeys } from '../engine/store-keys';
import type { RowsKeys } from '../engine/store-keys';
import type { FeatureSpec } from './feature-spec';
import { newtonFit } from './newton';
import { modelEvaluate, modelPrepare } from './fit-tasks';
import type { RowSource } from './row-source';
import type { TrainedModel } from './train-logistic';

/** Store keys of the encoded features (by features and people) and of the labels (by all of it). */
export function rowsKeys(spec: FeatureSpec, sources: readonly RowSource[]): RowsKeys {
  const people = sources.map((s) => ({ maskKey: s.maskKey, sample: s.sample, requireConsent: s.requireConsent ?? true }));
  return columnKeys(spec.columns, people, sources);
}

/** A model fitted on the chunks, with what its rows hold per category. */
export interface ChunkFit extends TrainedModel {
  /** Per categorical column of the spec: training rows with that category (0 for numeric columns). */
  readonly categoryRows: Float64Array;
}

export async function fitOnChunks(
  runner: ChunkRunner,
  spec: FeatureSpec,
  sources: RowSource[],
  options: { l2: number },
  signal?: AbortSignalLike,
): Promise<ChunkFit> {
  const keys = rowsKeys(spec, sources);
  const cols = spec.columns.length;
  const parts = await runner.map(modelPrepare, { spec, sources, keys }, signal);
  let rows = 0;
  let positives = 0;
  const mean = new Float64Array(cols);
  const m2 = new Float64Array(cols);
  const categoryRows = new Float64Array(cols);
  for (const part of parts) {
    for (let j = 0; j < cols; j++) categoryRows[j] = (categoryRows[j] as number) + (part.counts[j] as number);
    const n = rows + part.rows;
    for (let j = 0; j < cols; j++) {
      if (part.rows === 0) break;
      const delta = (part.mean[j] as number) - (mean[j] as number);
      mean[j] = (mean[j] as number) + (delta * part.rows) / n;
      m2[j] = (m2[j] as number) + (part.m2[j] as number) + (delta * delta * rows * part.rows) / n;
    }
    rows = n;
    positives += part.positives;
  }
  // As standardiseRows: numeric columns get the rows' mean and SD (SD 1 where there is no spread).
  const shift = new Float64Array(cols);
  const scale = new Float64Array(cols).fill(1);
  const columns = spec.columns.map((col, j) => {
    if (col.kind !== 'numeric' || rows === 0) return col;
    const m = mean[j] as number;
    const sd = Math.sqrt((m2[j] as number) / rows) || 1;
    shift[j] = m;
    scale[j] = sd;
    return { ...col, mean: col.mean + col.sd * m, sd: col.sd * sd };
  });
  const fit = newtonFit(cols + 1, rows > 0 ? positives / rows : 0.5, options);
  for (let next = fit.next(); ; ) {
    if (next.done) return { spec: { columns }, model: next.value, rows, positives, categoryRows };
    next = fit.next(await reduceChunks(runner, modelEvaluate, { keys, shift, scale, beta: next.value }, signal));
  }
}

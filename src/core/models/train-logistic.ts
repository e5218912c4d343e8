/** Gather → standardise → fit, the usual path from a row source to a model ready to score. */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import type { FeatureSpec } from './feature-spec';
import { standardiseRows } from './feature-spec';
import type { LogisticModel } from './fit-logistic';
import { fitLogistic } from './fit-logistic';
import { gatherRows } from './gather-rows';
import type { RowSource, TrainingRows } from './row-source';

export interface TrainedModel {
  /** The spec with the training rows' means and SDs: pass it to `scoreModel`. */
  readonly spec: FeatureSpec;
  readonly model: LogisticModel;
  readonly rows: number;
  readonly positives: number;
}

/** Fits on rows already gathered (standardising them in place). */
export function fitRows(spec: FeatureSpec, rows: TrainingRows, l2: number): TrainedModel {
  const fitted = standardiseRows(spec, rows.X, rows.rows);
  const model = fitLogistic(rows.X, rows.y, rows.rows, rows.cols, { l2 });
  let positives = 0;
  for (const v of rows.y) positives += v;
  return { spec: fitted, model, rows: rows.rows, positives };
}

export async function trainLogistic(
  runner: ChunkRunner,
  spec: FeatureSpec,
  source: RowSource,
  options: { l2: number },
  signal?: AbortSignalLike,
): Promise<TrainedModel> {
  return fitRows(spec, await gatherRows(runner, spec, source, signal), options.l2);
}

/**
 * Logistic regression on rows held in one thread, by Newton's method with an L2 penalty (see
 * newton.ts): with l2 = 1 and thousands of rows the shrinkage is slight; l2 > 0 keeps the fit finite
 * on separable data. The engine fits on the chunks instead (fit-chunks.ts); this serial fit is the
 * reference that fit is tested against, and serves small in-memory fits.
 */
import type { LogisticModel } from './newton';
import { accumulateRows, emptySums, newtonFit } from './newton';

export type { LogisticModel } from './newton';

export interface FitOptions {
  l2: number;
  /** Per-row weights (default 1). */
  weights?: Float64Array;
  maxIterations?: number;
  /** Relative change of the penalised deviance that counts as converged. */
  tolerance?: number;
}

/** X is row-major (rows × cols); y holds 0/1 labels (or fractions). */
export function fitLogistic(
  X: Float64Array,
  y: Uint8Array | Float64Array,
  rows: number,
  cols: number,
  options: FitOptions,
): LogisticModel {
  const { weights } = options;
  let totalWeight = 0;
  let positives = 0;
  for (let r = 0; r < rows; r++) {
    const w = weights ? (weights[r] as number) : 1;
    totalWeight += w;
    positives += w * (y[r] as number);
  }
  const encoded = weights ? { X, y, rows, cols, weights } : { X, y, rows, cols };
  const fit = newtonFit(cols + 1, totalWeight > 0 ? positives / totalWeight : 0.5, options);
  for (let next = fit.next(); ; ) {
    if (next.done) return next.value;
    next = fit.next(accumulateRows(encoded, next.value, emptySums(cols + 1)));
  }
}

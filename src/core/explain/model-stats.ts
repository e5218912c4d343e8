/**
 * The statistics of a model card, as pure functions of small arrays: coefficient standard errors
 * from the inverse Hessian of the penalised log-likelihood at the fit, the AUC (Mann–Whitney, ties
 * counted half), and calibration by decile of the predicted probability.
 */
import { choleskySolve } from '../models/cholesky';
import { accumulateRows, emptySums } from '../models/newton';
import type { EncodedRows } from '../models/newton';

/**
 * Standard errors (intercept first) of an L2-penalised logistic fit at β: the square roots of the
 * diagonal of (XᵀWX + l2·I′)⁻¹, I′ leaving the intercept unpenalised. `null` where the Hessian is
 * singular.
 */
export function standardErrors(rows: EncodedRows, beta: Float64Array, l2: number): (number | null)[] {
  const p = rows.cols + 1;
  const H = accumulateRows(rows, beta, emptySums(p)).hessian;
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) H[b * p + a] = H[a * p + b] as number;
  for (let j = 1; j < p; j++) H[j * p + j] = (H[j * p + j] as number) + l2;
  return invertDiagonal(H, p);
}

/** The diagonal of A⁻¹ for a symmetric positive-definite A, as square roots (null if singular). */
export function invertDiagonal(A: Float64Array, p: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let j = 0; j < p; j++) {
    const e = new Float64Array(p);
    e[j] = 1;
    const x = choleskySolve(A, e, p);
    out.push(x && (x[j] as number) >= 0 ? Math.sqrt(x[j] as number) : null);
  }
  return out;
}

/** P(score of a random positive > score of a random negative) + ½ P(tie); null without both classes. */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positives = 0;
  let rankSum = 0;
  for (let k = 0; k < n; ) {
    let end = k;
    while (end + 1 < n && scores[order[end + 1]!] === scores[order[k]!]) end++;
    const midRank = (k + end) / 2 + 1;
    for (let m = k; m <= end; m++)
      if (labels[order[m]!] === 1) {
        positives++;
        rankSum += midRank;
      }
    k = end + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface CalibrationBin {
  /** Decile 1 (lowest predictions) to 10. */
  decile: number;
  people: number;
  meanPredicted: number | null;
  observedRate: number | null;
}

/** Deciles by rank of the prediction (people sorted by prediction, split into ten near-equal parts). */
export function calibrationByDecile(predicted: ArrayLike<number>, labels: ArrayLike<number>): CalibrationBin[] {
  const n = predicted.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (predicted[a] as number) - (predicted[b] as number) || a - b);
  const bins: CalibrationBin[] = [];
  for (let d = 0; d < 10; d++) {
    const from = Math.floor((d * n) / 10);
    const to = Math.floor(((d + 1) * n) / 10);
    let p = 0;
    let y = 0;
    for (let k = from; k < to; k++) {
      p += predicted[order[k]!] as number;
      y += labels[order[k]!] as number;
    }
    const people = to - from;
    bins.push({ decile: d + 1, people, meanPredicted: people ? p / people : null, observedRate: people ? y / people : null });
  }
  return bins;
}

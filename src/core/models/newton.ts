/**
 * Newton's method (IRLS) for the L2-penalised logistic regression, written once for the serial
 * fit (fit-logistic.ts, all rows in one thread) and the parallel fit (fit-chunks.ts, per-chunk
 * sums from the workers). The driver is a generator: it yields each β it needs evaluated and
 * receives the data part of the deviance, the gradient and the Hessian at that β — from one pass
 * over rows (`accumulateRows`), or from per-chunk passes added in chunk order.
 *
 * Maximises Σ wᵢ·loglikᵢ − (l2 / 2)·‖β‖² (intercept not penalised). Each step is solved by
 * Cholesky; a step that raises the penalised deviance is halved until it does not.
 */
import { choleskySolve } from './cholesky';

export interface LogisticModel {
  readonly intercept: number;
  readonly coefficients: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

/** What one evaluation at β returns; sums over rows (p = columns + 1, the intercept first). */
export interface RowSums {
  /** Σ wᵢ (softplus(ηᵢ) − yᵢ ηᵢ): half the unpenalised deviance. */
  deviance: number;
  /** Σ wᵢ (yᵢ − μᵢ) xᵢ (length p). */
  gradient: Float64Array;
  /** Σ wᵢ μᵢ (1 − μᵢ) xᵢ xᵢᵀ, lower triangle row-major (p × p; the upper part is left 0). */
  hessian: Float64Array;
}

export interface NewtonOptions {
  l2: number;
  maxIterations?: number;
  /** Relative change of the penalised deviance that counts as converged. */
  tolerance?: number;
}

export function emptySums(p: number): RowSums {
  return { deviance: 0, gradient: new Float64Array(p), hessian: new Float64Array(p * p) };
}

/** Adds `b` into `a` (a += b), element by element. */
export function addSums(a: RowSums, b: RowSums): RowSums {
  a.deviance += b.deviance;
  for (let k = 0; k < a.gradient.length; k++) a.gradient[k] = (a.gradient[k] as number) + (b.gradient[k] as number);
  for (let k = 0; k < a.hessian.length; k++) a.hessian[k] = (a.hessian[k] as number) + (b.hessian[k] as number);
  return a;
}

/**
 * The Newton iterations as a generator: yields β, expects the RowSums at that β back, returns the
 * model. `meanLabel` (weighted share of positives) sets the starting intercept.
 */
export function* newtonFit(p: number, meanLabel: number, options: NewtonOptions): Generator<Float64Array, LogisticModel, RowSums> {
  const { l2 } = options;
  const maxIterations = options.maxIterations ?? 25;
  const tolerance = options.tolerance ?? 1e-8;
  const penalised = (beta: Float64Array, sums: RowSums) => {
    let penalty = 0;
    for (let j = 1; j < p; j++) penalty += (beta[j] as number) ** 2;
    return 2 * sums.deviance + l2 * penalty;
  };
  const mean = Math.min(1 - 1e-6, Math.max(1e-6, meanLabel));
  let beta = new Float64Array(p);
  beta[0] = Math.log(mean / (1 - mean));
  let at: RowSums = yield beta;
  let dev = penalised(beta, at);
  let iterations = 0;
  let converged = false;
  const H = new Float64Array(p * p);
  const g = new Float64Array(p);
  while (iterations < maxIterations && !converged) {
    iterations++;
    H.set(at.hessian);
    g.set(at.gradient);
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) H[b * p + a] = H[a * p + b] as number;
    for (let j = 1; j < p; j++) {
      g[j] = (g[j] as number) - l2 * (beta[j] as number);
      H[j * p + j] = (H[j * p + j] as number) + l2;
    }
    let step = choleskySolve(H, g, p);
    if (!step) {
      // Singular (e.g. a constant column with l2 = 0): a tiny ridge keeps the step defined.
      let trace = 0;
      for (let a = 0; a < p; a++) trace += H[a * p + a] as number;
      for (let a = 0; a < p; a++) H[a * p + a] = (H[a * p + a] as number) + 1e-10 * (trace / p + 1);
      step = choleskySolve(H, g, p);
      if (!step) break;
    }
    let next = beta.map((b, j) => b + (step[j] as number));
    let nextAt: RowSums = yield next;
    let nextDev = penalised(next, nextAt);
    for (let halvings = 0; !(nextDev <= dev) && halvings < 30; halvings++) {
      for (let j = 0; j < p; j++) step[j] = (step[j] as number) / 2;
      next = beta.map((b, j) => b + (step[j] as number));
      nextAt = yield next;
      nextDev = penalised(next, nextAt);
    }
    if (!(nextDev <= dev)) {
      converged = true; // No step lowers the deviance: beta is a minimum to machine precision.
      break;
    }
    converged = Math.abs(dev - nextDev) / (Math.abs(nextDev) + 0.1) < tolerance;
    beta = next;
    dev = nextDev;
    at = nextAt;
  }
  return { intercept: beta[0] as number, coefficients: beta.slice(1), iterations, converged };
}

/** Encoded rows: row-major X (rows × cols) read through an optional per-column standardisation. */
export interface EncodedRows {
  readonly X: Float32Array | Float64Array;
  readonly y: Uint8Array | Float64Array;
  readonly rows: number;
  readonly cols: number;
  /** When given, column j is read as (x − shift[j]) / scale[j] (0 and 1 for categorical columns). */
  readonly shift?: Float64Array;
  readonly scale?: Float64Array;
  readonly weights?: Float64Array;
}

/**
 * The rows' non-zero entries after standardising, row by row in column order (CSR): row r holds
 * entries start[r] … start[r + 1] − 1, each a column (as j + 1, the intercept being 0) and a value.
 * Zero entries add exactly zero to every sum, so skipping them changes nothing; one-hot columns
 * make most entries zero.
 */
export interface SparseRows {
  readonly rows: number;
  readonly cols: number;
  readonly start: Int32Array;
  readonly column: Int32Array;
  readonly value: Float64Array;
}

export function sparseRows(rows: EncodedRows): SparseRows {
  const { X, cols } = rows;
  // Without a standardisation every column reads as (x − 0) / 1, which is x exactly.
  const shift = rows.shift ?? new Float64Array(cols);
  const scale = rows.scale ?? new Float64Array(cols).fill(1);
  const nonZero = countNonZero(X, rows.rows, cols, shift, scale);
  const start = new Int32Array(rows.rows + 1);
  const column = new Int32Array(nonZero);
  const value = new Float64Array(nonZero);
  fillSparse(X, rows.rows, cols, shift, scale, start, column, value);
  start[rows.rows] = nonZero;
  return { rows: rows.rows, cols, start, column, value };
}

// The two passes of sparseRows, each alone in its function and ending with its loop: a loop
// compiled while it runs (on-stack replacement) lacks type feedback for code after it that had not
// run yet, and V8 reuses that code on later calls, leaving it there each time.

function countNonZero(X: Float32Array | Float64Array, rows: number, cols: number, shift: Float64Array, scale: Float64Array): number {
  let nonZero = 0;
  for (let r = 0, at = 0; r < rows; r++)
    for (let j = 0; j < cols; j++, at++) if (((X[at] as number) - (shift[j] as number)) / (scale[j] as number) !== 0) nonZero++;
  return nonZero;
}

function fillSparse(
  X: Float32Array | Float64Array,
  rows: number,
  cols: number,
  shift: Float64Array,
  scale: Float64Array,
  start: Int32Array,
  column: Int32Array,
  value: Float64Array,
): void {
  let k = 0;
  for (let r = 0, at = 0; r < rows; r++) {
    start[r] = k;
    for (let j = 0; j < cols; j++, at++) {
      const v = ((X[at] as number) - (shift[j] as number)) / (scale[j] as number);
      if (v === 0) continue;
      column[k] = j + 1;
      value[k++] = v;
    }
  }
}

/** One pass over the rows at β: adds the deviance, gradient and Hessian into `out`. */
export function accumulateRows(rows: EncodedRows, beta: Float64Array, out: RowSums): RowSums {
  return accumulateSparse(sparseRows(rows), rows.y, beta, out, rows.weights);
}

/** As accumulateRows, on rows already in sparse form (a chunk keeps them between Newton steps). */
export function accumulateSparse(rows: SparseRows, y: Uint8Array | Float64Array, beta: Float64Array, out: RowSums, weights?: Float64Array): RowSums {
  const { start, column, value } = rows;
  const p = rows.cols + 1;
  const g = out.gradient;
  const H = out.hessian;
  let d = 0;
  for (let r = 0; r < rows.rows; r++) {
    const from = start[r] as number;
    const to = start[r + 1] as number;
    let e = beta[0] as number;
    for (let k = from; k < to; k++) e += (beta[column[k] as number] as number) * (value[k] as number);
    const w = weights ? (weights[r] as number) : 1;
    const label = y[r] as number;
    const en = Math.exp(-e);
    // softplus(e) = e + log1p(e^−e) for e > 0, else log1p(e^e), written so that every call and
    // addition runs on every row (a branch first taken late, e > 0 here, costs a deoptimisation);
    // the same operations on the same values, so the same bits.
    const sp = Math.log1p(e > 0 ? en : Math.exp(e)) + (e > 0 ? e : 0);
    d += w * (sp - label * e);
    const mu = 1 / (1 + en);
    const resid = w * (label - mu);
    const curvature = w * mu * (1 - mu);
    // The intercept column (x = 1), then the row's non-zero columns in column order.
    g[0] = (g[0] as number) + resid;
    H[0] = (H[0] as number) + curvature;
    for (let k = from; k < to; k++) {
      const a = column[k] as number;
      const xa = value[k] as number;
      g[a] = (g[a] as number) + resid * xa;
      const cx = curvature * xa;
      const row = a * p;
      H[row] = (H[row] as number) + cx;
      for (let m = from; m <= k; m++) {
        const at = row + (column[m] as number);
        H[at] = (H[at] as number) + cx * (value[m] as number);
      }
    }
  }
  out.deviance += d;
  return out;
}

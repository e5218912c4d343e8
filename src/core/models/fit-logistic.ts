/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) with an L2 penalty
 * on the coefficients (not the intercept). Maximises Σ wᵢ·loglikᵢ − (l2 / 2)·‖β‖², so l2 is in
 * units of "rows": with l2 = 1 and thousands of rows the shrinkage is slight; l2 > 0 keeps the fit
 * finite on separable data. Each Newton step is solved by Cholesky; a step that raises the
 * penalised deviance is halved until it does not.
 */
import { choleskySolve } from './cholesky';

export interface LogisticModel {
  readonly intercept: number;
  readonly coefficients: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

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
  const { l2, weights } = options;
  const maxIterations = options.maxIterations ?? 25;
  const tolerance = options.tolerance ?? 1e-8;
  const p = cols + 1;
  const eta = new Float64Array(rows);
  // e^−η for rows with η > 0 (the deviance needs it for softplus, the Newton step for μ).
  const expNeg = new Float64Array(rows);
  // One row's non-zero columns (as j + 1) and values, rebuilt per row in the Newton step.
  const index = new Int32Array(cols);
  const value = new Float64Array(cols);

  // Zero entries of X are skipped throughout: they add exactly zero to every sum, so the result
  // is the same as the dense loops' (one-hot columns make most entries zero).
  const linear = (beta: Float64Array) => {
    for (let r = 0; r < rows; r++) {
      let s = beta[0] as number;
      for (let j = 0, at = r * cols; j < cols; j++, at++) {
        const v = X[at] as number;
        if (v !== 0) s += (beta[j + 1] as number) * v;
      }
      eta[r] = s;
    }
  };
  const deviance = (beta: Float64Array) => {
    linear(beta);
    let d = 0;
    for (let r = 0; r < rows; r++) {
      const e = eta[r] as number;
      let sp: number;
      if (e > 0) {
        const en = Math.exp(-e);
        expNeg[r] = en;
        sp = e + Math.log1p(en);
      } else sp = Math.log1p(Math.exp(e));
      d += (weights ? (weights[r] as number) : 1) * (sp - (y[r] as number) * e);
    }
    let penalty = 0;
    for (let j = 1; j < p; j++) penalty += (beta[j] as number) ** 2;
    return 2 * d + l2 * penalty;
  };

  let totalWeight = 0;
  let positives = 0;
  for (let r = 0; r < rows; r++) {
    const w = weights ? (weights[r] as number) : 1;
    totalWeight += w;
    positives += w * (y[r] as number);
  }
  const mean = Math.min(1 - 1e-6, Math.max(1e-6, totalWeight > 0 ? positives / totalWeight : 0.5));
  let beta = new Float64Array(p);
  beta[0] = Math.log(mean / (1 - mean));
  // Every deviance() call leaves eta (and expNeg) at its beta; the last call is always for the
  // beta that is kept, so the Newton step below reads eta without recomputing it.
  let dev = deviance(beta);
  let iterations = 0;
  let converged = false;
  const H = new Float64Array(p * p);
  const g = new Float64Array(p);

  while (iterations < maxIterations && !converged) {
    iterations++;
    H.fill(0);
    g.fill(0);
    for (let r = 0; r < rows; r++) {
      const w = weights ? (weights[r] as number) : 1;
      const e = eta[r] as number;
      const mu = 1 / (1 + (e > 0 ? (expNeg[r] as number) : Math.exp(-e)));
      const resid = w * ((y[r] as number) - mu);
      const curvature = w * mu * (1 - mu);
      // The intercept column (x = 1), then the row's non-zero columns in column order.
      g[0] = (g[0] as number) + resid;
      H[0] = (H[0] as number) + curvature;
      let end = 0;
      for (let j = 0, at = r * cols; j < cols; j++, at++) {
        const v = X[at] as number;
        if (v === 0) continue;
        index[end] = j + 1;
        value[end++] = v;
      }
      for (let k = 0; k < end; k++) {
        const a = index[k] as number;
        const xa = value[k] as number;
        g[a] = (g[a] as number) + resid * xa;
        const cx = curvature * xa;
        const row = a * p;
        H[row] = (H[row] as number) + cx;
        for (let m = 0; m <= k; m++) {
          const at = row + (index[m] as number);
          H[at] = (H[at] as number) + cx * (value[m] as number);
        }
      }
    }
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
    let nextDev = deviance(next);
    for (let halvings = 0; !(nextDev <= dev) && halvings < 30; halvings++) {
      for (let j = 0; j < p; j++) step[j] = (step[j] as number) / 2;
      next = beta.map((b, j) => b + (step[j] as number));
      nextDev = deviance(next);
    }
    if (!(nextDev <= dev)) {
      converged = true; // No step lowers the deviance: beta is a minimum to machine precision.
      break;
    }
    converged = Math.abs(dev - nextDev) / (Math.abs(nextDev) + 0.1) < tolerance;
    beta = next;
    dev = nextDev;
  }
  return { intercept: beta[0] as number, coefficients: beta.slice(1), iterations, converged };
}

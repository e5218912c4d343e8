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

function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
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

  const linear = (beta: Float64Array) => {
    for (let r = 0; r < rows; r++) {
      let s = beta[0] as number;
      for (let j = 0; j < cols; j++) s += (beta[j + 1] as number) * (X[r * cols + j] as number);
      eta[r] = s;
    }
  };
  const deviance = (beta: Float64Array) => {
    linear(beta);
    let d = 0;
    for (let r = 0; r < rows; r++) {
      const e = eta[r] as number;
      d += (weights ? (weights[r] as number) : 1) * (softplus(e) - (y[r] as number) * e);
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
  let dev = deviance(beta);
  let iterations = 0;
  let converged = false;
  const H = new Float64Array(p * p);
  const g = new Float64Array(p);
  const x = new Float64Array(p);
  x[0] = 1;

  while (iterations < maxIterations && !converged) {
    iterations++;
    linear(beta);
    H.fill(0);
    g.fill(0);
    for (let r = 0; r < rows; r++) {
      const w = weights ? (weights[r] as number) : 1;
      const mu = 1 / (1 + Math.exp(-(eta[r] as number)));
      const resid = w * ((y[r] as number) - mu);
      const curvature = w * mu * (1 - mu);
      for (let j = 0; j < cols; j++) x[j + 1] = X[r * cols + j] as number;
      for (let a = 0; a < p; a++) {
        const xa = x[a] as number;
        g[a] = (g[a] as number) + resid * xa;
        const cx = curvature * xa;
        for (let b = 0; b <= a; b++) H[a * p + b] = (H[a * p + b] as number) + cx * (x[b] as number);
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

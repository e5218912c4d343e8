/**
 * The Laplace posterior of a fitted logistic regression: β ~ N(β̂, H⁻¹), H the Hessian of the
 * penalised negative log-likelihood at β̂ (the data's Σ wᵢ μᵢ(1 − μᵢ) xᵢxᵢᵀ plus l2 on every
 * coefficient but the intercept — the L2 penalty is a N(0, 1/l2) prior). Thompson sampling scores
 * a round with one draw from it: a group the model has few rows for has a wide posterior, so some
 * rounds draw it high enough to be reached and observed.
 */
import type { Rng } from '../random/stream';
import { choleskyFactor, solveUpper } from '../models/cholesky';

/**
 * The full symmetric penalised Hessian (p × p, row-major) from the data part's lower triangle (as
 * `RowSums.hessian` holds it: row-major, upper part 0) and the penalty.
 */
export function penalisedHessian(lower: Float64Array, p: number, l2: number): Float64Array {
  const H = new Float64Array(p * p);
  for (let a = 0; a < p; a++)
    for (let b = 0; b <= a; b++) {
      const v = lower[a * p + b] as number;
      H[a * p + b] = v;
      H[b * p + a] = v;
    }
  for (let j = 1; j < p; j++) H[j * p + j] = (H[j * p + j] as number) + l2;
  return H;
}

/**
 * One draw from N(mean, H⁻¹): with H = L Lᵀ and z standard normal, x = L⁻ᵀ z has covariance
 * L⁻ᵀ L⁻¹ = H⁻¹. Uses exactly p normals from `rng`. A Hessian that is not positive definite (a
 * model with no rows) gets the ridge newton.ts uses, so the draw stays defined.
 */
export function samplePosterior(mean: Float64Array, hessian: Float64Array, rng: Rng): Float64Array {
  const p = mean.length;
  if (hessian.length !== p * p) throw new Error(`samplePosterior: Hessian of ${hessian.length} entries for ${p} coefficients`);
  let L = choleskyFactor(hessian, p);
  if (!L) {
    const ridged = hessian.slice();
    let trace = 0;
    for (let a = 0; a < p; a++) trace += ridged[a * p + a] as number;
    for (let a = 0; a < p; a++) ridged[a * p + a] = (ridged[a * p + a] as number) + 1e-10 * (trace / p + 1);
    L = choleskyFactor(ridged, p);
    if (!L) throw new Error('samplePosterior: the Hessian is not positive definite');
  }
  const z = new Float64Array(p);
  for (let j = 0; j < p; j++) z[j] = rng.normal();
  const x = solveUpper(L, z, p);
  return mean.map((m, j) => m + (x[j] as number));
}

/**
 * Gamma and beta draws from a seeded stream (Marsaglia & Tsang 2000, exact rejection sampling).
 * The number of uniforms per draw varies, which is fine: each attribute has its own stream.
 */
import type { Rng } from '../random/stream';

/** One Gamma(shape, 1) draw. */
export function gammaDraw(rng: Rng, shape: number): number {
  if (shape < 1) {
    // Gamma(a) = Gamma(a + 1) · U^(1/a) for a < 1; 1 − U keeps the base away from 0.
    return gammaDraw(rng, shape + 1) * Math.pow(1 - rng.next(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** One Beta(alpha, beta) draw, as X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
export function betaDraw(rng: Rng, alpha: number, beta: number): number {
  const x = gammaDraw(rng, alpha);
  const y = gammaDraw(rng, beta);
  const s = x + y;
  // Both gammas can underflow to 0 for tiny shapes; split the mass by the shapes then.
  return s > 0 ? x / s : alpha / (alpha + beta);
}

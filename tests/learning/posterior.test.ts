import { describe, expect, it } from 'vitest';
import { penalisedHessian, samplePosterior } from '../../src/core/learning/posterior';
import type { Rng } from '../../src/core/random/stream';
import { stream } from '../../src/core/random/stream';

/** A stream whose normals are the given numbers, in order. */
function fixedNormals(values: number[]): Rng {
  let k = 0;
  return { next: () => 0.5, normal: () => values[k++] as number };
}

describe('penalisedHessian', () => {
  it('mirrors the lower triangle and adds l2 to every diagonal entry but the intercept', () => {
    // Lower triangle of [[4, 2, 1], [2, 3, 0.5], [1, 0.5, 2]] as RowSums holds it (upper part 0).
    const lower = new Float64Array([4, 0, 0, 2, 3, 0, 1, 0.5, 2]);
    expect([...penalisedHessian(lower, 3, 0.25)]).toEqual([4, 2, 1, 2, 3.25, 0.5, 1, 0.5, 2.25]);
  });
});

describe('samplePosterior', () => {
  it('returns mean + L⁻ᵀ z, worked by hand for H = [[4, 2], [2, 3]] and z = (1, 1)', () => {
    // L = [[2, 0], [1, √2]]; Lᵀ x = z gives x₂ = 1/√2 and x₁ = (1 − x₂) / 2.
    const draw = samplePosterior(new Float64Array([10, -1]), new Float64Array([4, 2, 2, 3]), fixedNormals([1, 1]));
    expect(draw[1]).toBeCloseTo(-1 + 1 / Math.SQRT2, 14);
    expect(draw[0]).toBeCloseTo(10 + (1 - 1 / Math.SQRT2) / 2, 14);
  });

  it('draws with covariance H⁻¹ (20,000 draws; tolerance 6 standard errors of the sample moments)', () => {
    // H⁻¹ = [[3, −2], [−2, 4]] / 8.
    const H = new Float64Array([4, 2, 2, 3]);
    const mean = new Float64Array([0.5, -2]);
    const rng = stream('posterior-test', 'draws');
    const n = 20_000;
    let s0 = 0, s1 = 0, s00 = 0, s11 = 0, s01 = 0;
    for (let k = 0; k < n; k++) {
      const d = samplePosterior(mean, H, rng);
      const a = (d[0] as number) - 0.5;
      const b = (d[1] as number) + 2;
      s0 += a; s1 += b; s00 += a * a; s11 += b * b; s01 += a * b;
    }
    // SE of a mean: √(var / n) ≤ √(0.5 / 20000) = 0.005; of a (co)variance: about var·√(2 / n) ≤ 0.005.
    expect(Math.abs(s0 / n)).toBeLessThan(0.03);
    expect(Math.abs(s1 / n)).toBeLessThan(0.03);
    expect(Math.abs(s00 / n - 0.375)).toBeLessThan(0.03);
    expect(Math.abs(s11 / n - 0.5)).toBeLessThan(0.03);
    expect(Math.abs(s01 / n + 0.25)).toBeLessThan(0.03);
  });

  it('gives the same draw from the same stream, and a defined draw when the Hessian is singular', () => {
    const H = new Float64Array([2, 1, 1, 2]);
    const m = new Float64Array([0, 0]);
    expect([...samplePosterior(m, H, stream('s', 1))]).toEqual([...samplePosterior(m, H, stream('s', 1))]);
    const singular = samplePosterior(m, new Float64Array([1, 1, 1, 1]), stream('s', 2));
    expect(singular.every(Number.isFinite)).toBe(true);
  });
});

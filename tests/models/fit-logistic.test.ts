import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choleskySolve, fitLogistic } from '../../src/core/models';
import { stream } from '../../src/core/random/stream';

/** n rows of standard-normal and Bernoulli(0.3) features, labels drawn from the given logistic model. */
function synthetic(n: number, intercept: number, coefficients: number[], seed: string) {
  const g = stream(seed, 'synthetic');
  const cols = coefficients.length;
  const X = new Float64Array(n * cols);
  const y = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    let eta = intercept;
    for (let j = 0; j < cols; j++) {
      const x = j % 2 === 0 ? g.normal() : g.next() < 0.3 ? 1 : 0;
      X[r * cols + j] = x;
      eta += (coefficients[j] as number) * x;
    }
    y[r] = g.next() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
  }
  return { X, y, cols };
}

describe('fitLogistic', () => {
  it('fitLogistic on a 2×2 table (3 of 4 vs 1 of 4) gives intercept log 3 and coefficient −2 log 3', () => {
    const X = Float64Array.from([0, 0, 0, 0, 1, 1, 1, 1]);
    const y = Uint8Array.from([1, 1, 1, 0, 1, 0, 0, 0]);
    const m = fitLogistic(X, y, 8, 1, { l2: 0 });
    expect(m.converged).toBe(true);
    expect(m.intercept).toBeCloseTo(Math.log(3), 8);
    expect(m.coefficients[0]).toBeCloseTo(-2 * Math.log(3), 8);
  });

  it('fitLogistic on 200,000 synthetic rows recovers the true coefficients within 0.05 (about 4 standard errors of the binary columns)', () => {
    const truth = [0.8, -0.7, -0.5, 1.2];
    const { X, y, cols } = synthetic(200_000, -1.5, truth, 'recover');
    const m = fitLogistic(X, y, 200_000, cols, { l2: 1 });
    expect(m.converged).toBe(true);
    expect(m.iterations).toBeLessThanOrEqual(25);
    expect(Math.abs(m.intercept + 1.5)).toBeLessThan(0.05);
    truth.forEach((b, j) => expect(Math.abs((m.coefficients[j] as number) - b)).toBeLessThan(0.05));
  });

  it('fitLogistic with a larger l2 shrinks the coefficients towards zero, but not the intercept', () => {
    const { X, y, cols } = synthetic(2000, 0.5, [1, -1], 'shrink');
    const norm = (l2: number) => {
      const m = fitLogistic(X, y, 2000, cols, { l2 });
      return { size: Math.hypot(...m.coefficients), intercept: m.intercept };
    };
    const [a, b, c] = [norm(0), norm(100), norm(1e6)];
    expect(b.size).toBeLessThan(a.size);
    expect(c.size).toBeLessThan(0.01);
    // With coefficients ~0 the intercept is the logit of the mean label.
    const mean = y.reduce((s, v) => s + v, 0) / 2000;
    expect(c.intercept).toBeCloseTo(Math.log(mean / (1 - mean)), 2);
  });

  it('fitLogistic on perfectly separable data with l2 = 1 converges to finite coefficients', () => {
    const X = Float64Array.from([-2, -1, -0.5, 0.5, 1, 2]);
    const y = Uint8Array.from([0, 0, 0, 1, 1, 1]);
    const m = fitLogistic(X, y, 6, 1, { l2: 1 });
    expect(m.converged).toBe(true);
    expect(Number.isFinite(m.coefficients[0])).toBe(true);
    expect(m.coefficients[0]).toBeGreaterThan(0);
    expect(m.coefficients[0]).toBeLessThan(20);
  });

  it('fitLogistic with row weights 2 equals the fit on rows repeated twice', () => {
    const { X, y, cols } = synthetic(300, 0.2, [0.7], 'weights');
    const weighted = fitLogistic(X, y, 300, cols, { l2: 1, weights: new Float64Array(300).fill(2) });
    const X2 = new Float64Array(600);
    X2.set(X);
    X2.set(X, 300);
    const y2 = new Uint8Array(600);
    y2.set(y);
    y2.set(y, 300);
    const doubled = fitLogistic(X2, y2, 600, cols, { l2: 1 });
    expect(weighted.intercept).toBeCloseTo(doubled.intercept, 8);
    expect(weighted.coefficients[0]).toBeCloseTo(doubled.coefficients[0] as number, 8);
  });
});

describe('choleskySolve', () => {
  it('choleskySolve of any symmetric positive-definite system returns x with A x = b', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((n) =>
        fc.record({
          n: fc.constant(n),
          m: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n * n, maxLength: n * n }),
          b: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n, maxLength: n }),
        }),
      ), ({ n, m, b }) => {
        // A = MᵀM + I is symmetric positive definite.
        const A = new Float64Array(n * n);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            let s = i === j ? 1 : 0;
            for (let k = 0; k < n; k++) s += (m[k * n + i] as number) * (m[k * n + j] as number);
            A[i * n + j] = s;
          }
        const x = choleskySolve(A, Float64Array.from(b), n);
        expect(x).not.toBeNull();
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) s += (A[i * n + j] as number) * (x![j] as number);
          expect(Math.abs(s - (b[i] as number))).toBeLessThan(1e-8 * (1 + Math.abs(b[i] as number)) * 100);
        }
      }),
    );
  });

  it('choleskySolve of a matrix that is not positive definite returns null', () => {
    expect(choleskySolve(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { stream } from '../../src/core/random/stream';
import { proportionSe } from './sample-stats';

/** Every check: |observed − expected| < 4 standard errors. */
const SE_TOLERANCE = 4;
const N = 400_000;

/** Standard normal upper-tail probabilities P(X > t), from tables. */
const UPPER_TAIL: [number, number][] = [[0, 0.5], [0.5, 0.308538], [1, 0.158655], [2, 0.0227501], [3, 0.0013499], [3.442619855899, 0.000288]];

describe('stream(...).normal (ziggurat)', () => {
  const rng = stream('normal-test');
  const xs = Float64Array.from({ length: N }, () => rng.normal());

  it('has mean 0, variance 1 and kurtosis 3 (within 4 SE)', () => {
    const m = xs.reduce((s, x) => s + x, 0) / N;
    const v = xs.reduce((s, x) => s + x * x, 0) / N;
    const k = xs.reduce((s, x) => s + x ** 4, 0) / N;
    expect(Math.abs(m)).toBeLessThan(SE_TOLERANCE / Math.sqrt(N));
    // Var(x²) = 2 and Var(x⁴) = 96 for a standard normal.
    expect(Math.abs(v - 1)).toBeLessThan(SE_TOLERANCE * Math.sqrt(2 / N));
    expect(Math.abs(k - 3)).toBeLessThan(SE_TOLERANCE * Math.sqrt(96 / N));
  });

  it('matches the normal tail probabilities on both sides, including beyond the ziggurat base (within 4 SE)', () => {
    for (const [t, p] of UPPER_TAIL) {
      const above = xs.reduce((s, x) => s + (x > t ? 1 : 0), 0) / N;
      const below = xs.reduce((s, x) => s + (x < -t ? 1 : 0), 0) / N;
      expect(Math.abs(above - p), `P(X > ${t})`).toBeLessThan(SE_TOLERANCE * proportionSe(p, N));
      expect(Math.abs(below - p), `P(X < −${t})`).toBeLessThan(SE_TOLERANCE * proportionSe(p, N));
    }
  });

  it('gives the same draws for the same stream name and different ones for another', () => {
    const again = stream('normal-test');
    const other = stream('normal-test-2');
    const first = Array.from({ length: 5 }, () => again.normal());
    expect(first).toEqual(Array.from(xs.slice(0, 5)));
    expect(Array.from({ length: 5 }, () => other.normal())).not.toEqual(first);
  });
});

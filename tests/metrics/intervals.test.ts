/** Wilson intervals, induced ratio intervals and percentiles against published/hand values. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleInterval, wilsonInterval } from '../../src/core/metrics/wilson';
import { percentile } from '../../src/core/metrics/percentile';
import { difference, rate, ratio } from '../../src/core/metrics/rates';

describe('wilsonInterval', () => {
  it('gives the textbook 95% intervals for 0/10, 10/10 and 2/8', () => {
    // 0/10: upper = z² / (n + z²) = 3.8415 / 13.8415 = 0.2775
    expect(wilsonInterval(0, 10)![0]).toBe(0);
    expect(wilsonInterval(0, 10)![1]).toBeCloseTo(3.841458820694124 / 13.841458820694124, 12);
    expect(wilsonInterval(10, 10)![0]).toBeCloseTo(10 / 13.841458820694124, 12);
    expect(wilsonInterval(2, 8)![0]).toBeCloseTo(0.0715, 4);
    expect(wilsonInterval(2, 8)![1]).toBeCloseTo(0.5907, 4);
  });
  it('is null with no trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
  it('always lies in [0, 1] and contains the observed rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, q) => {
        const x = Math.round(q * n);
        const [lo, hi] = wilsonInterval(x, n)!;
        return lo >= 0 && hi <= 1 && lo <= x / n + 1e-12 && x / n <= hi + 1e-12;
      }),
    );
  });
});

describe('scaleInterval', () => {
  it('divides both ends by the reference and is null for a zero or undefined reference', () => {
    expect(scaleInterval([0.1, 0.3], 0.5)).toEqual([0.2, 0.6]);
    expect(scaleInterval([0.1, 0.3], 0)).toBeNull();
    expect(scaleInterval([0.1, 0.3], null)).toBeNull();
    expect(scaleInterval(null, 0.5)).toBeNull();
  });
});

describe('rate, ratio, difference', () => {
  it('return null instead of dividing by zero or using an undefined value', () => {
    expect([rate(1, 0), rate(0, 0), rate(1, 4)]).toEqual([null, null, 0.25]);
    expect([ratio(1, 0), ratio(null, 1), ratio(0.5, 0.25)]).toEqual([null, null, 2]);
    expect([difference(null, 1), difference(0.5, 0.25)]).toEqual([null, 0.25]);
  });
});

describe('percentile', () => {
  it('interpolates linearly between order statistics (numpy default)', () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    // h = 3 × 0.025 = 0.075 → 1 + 0.075 × (2 − 1)
    expect(percentile([4, 1, 3, 2], 0.025)).toBeCloseTo(1.075, 12);
    expect(percentile([4, 1, 3, 2], 0.975)).toBeCloseTo(3.925, 12);
    expect(percentile([7], 0.975)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('wilsonInterval outside a proportion', () => {
  it('is null when successes exceed trials (r / e with ineligible people reached)', () => {
    expect(wilsonInterval(3, 2)).toBeNull();
    expect(wilsonInterval(-1, 2)).toBeNull();
  });
});

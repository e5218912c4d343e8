/** Wilson intervals, Katz ratio intervals and percentiles against published/hand values. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilsonInterval } from '../../src/core/metrics/wilson';
import { bandPValues, katzInterval, katzLogRatio, representationFromRest, representationInterval, restEdge } from '../../src/core/metrics/ratio-interval';
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

describe('katzInterval', () => {
  it('gives the Katz log interval for 20/100 against 40/100', () => {
    // θ = 0.5; se² = 1/20 − 1/100 + 1/40 − 1/100 = 0.055, se = 0.234521; 0.5·exp(∓1.959964·se)
    const [lo, hi] = katzInterval(20, 100, 40, 100)!;
    expect(lo).toBeCloseTo(0.315752, 6);
    expect(hi).toBeCloseTo(0.791762, 6);
  });
  it('uses the adjusted log (0.5 added to r and n) with lower limit 0 when the group reached no one', () => {
    // θ̃ = (0.5/50.5)/(10.5/50.5) = 1/21; se² = 1/0.5 − 1/50.5 + 1/10.5 − 1/50.5; upper = θ̃·exp(z·se)
    const [lo, hi] = katzInterval(0, 50, 10, 50)!;
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(0.791024, 6);
  });
  it('is null when a rate is undefined or both groups reached no one', () => {
    expect(katzInterval(1, 0, 1, 10)).toBeNull();
    expect(katzInterval(0, 10, 0, 10)).toBeNull();
  });
  it('always contains the estimate (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (n1, n2, q1, q2) => {
        const r1 = Math.max(1, Math.round(q1 * n1));
        const r2 = Math.max(1, Math.round(q2 * n2));
        const [lo, hi] = katzInterval(r1, n1, r2, n2)!;
        const theta = r1 / n1 / (r2 / n2);
        return lo <= theta * (1 + 1e-12) && theta <= hi * (1 + 1e-12);
      }),
    );
  });
});

describe('representationInterval', () => {
  it('maps the group-against-the-rest Katz interval to RR', () => {
    // group 30 of 100 reached, rest 70 of 400: θ = 0.3/0.175, w = 0.2, RR = 1/(w + (1 − w)/θ) = 1.5
    expect(representationFromRest(0.3 / 0.175, 0.2)).toBeCloseTo(1.5, 12);
    const [lo, hi] = representationInterval(30, 100, 100, 500)!;
    expect(lo).toBeCloseTo(1.144444, 6);
    expect(hi).toBeCloseTo(1.911262, 6);
  });
  it('is [1, 1] for a group that is everyone and null when no one was reached', () => {
    expect(representationInterval(10, 100, 10, 100)).toEqual([1, 1]);
    expect(representationInterval(0, 100, 0, 500)).toBeNull();
  });
  it('maps RR band edges to the rest ratio and back; an edge above 1/w is unreachable', () => {
    const theta = restEdge(0.8, 0.3)!;
    expect(representationFromRest(theta, 0.3)).toBeCloseTo(0.8, 12);
    expect(restEdge(4, 0.3)).toBeNull();
  });
});

describe('bandPValues', () => {
  it('one-sided normal p-values of the log ratio against the band edges', () => {
    // log θ̂ = log 0.5, se = 0.234521: below 0.8 → Φ((log 0.5 − log 0.8)/se) = Φ(−2.0041) = 0.02253
    const p = bandPValues(katzLogRatio(20, 100, 40, 100), 0.8, 1.25)!;
    expect(p.below).toBeCloseTo(0.02253, 4);
    expect(p.above).toBeGreaterThan(0.99);
    expect(bandPValues(katzLogRatio(20, 100, 40, 100), 0.8, null)!.above).toBe(1);
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

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mixDistance, proportionalQuotas, representationFloors } from '../../src/core/policies/quotas';

describe('proportionalQuotas', () => {
  it('proportionalQuotas(10, equal weights) gives the leftover person to the first group', () => {
    expect(proportionalQuotas(10, [1, 1, 1], [10, 10, 10])).toEqual([4, 3, 3]);
  });

  it('proportionalQuotas rounds by largest remainder (7 split 2:1 is 5, 2)', () => {
    expect(proportionalQuotas(7, [2, 1], [100, 100])).toEqual([5, 2]);
  });

  it('proportionalQuotas caps a group at its capacity and redistributes the rest proportionally', () => {
    // Ideal 50/30/20; group 0 has only 10 candidates, so 90 are split 30:20.
    expect(proportionalQuotas(100, [50, 30, 20], [10, 100, 100])).toEqual([10, 54, 36]);
  });

  it('proportionalQuotas gives every group its capacity when the total exceeds all capacity', () => {
    expect(proportionalQuotas(50, [1, 1], [10, 20])).toEqual([10, 20]);
  });

  it('proportionalQuotas gives nothing to a group with zero weight', () => {
    expect(proportionalQuotas(9, [0, 1, 2], [100, 100, 100])).toEqual([0, 3, 6]);
  });

  it('proportionalQuotas sums to min(total, capacity), respects capacity and stays within 1 of the ideal when nobody is capped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 50_000 })), { minLength: 1, maxLength: 8 }),
        (total, groups) => {
          const weights = groups.map(([w]) => w);
          const capacity = groups.map(([, c]) => c);
          const q = proportionalQuotas(total, weights, capacity);
          const cap = capacity.reduce((a, c) => a + c, 0);
          expect(q.reduce((a, x) => a + x, 0)).toBe(Math.min(total, cap));
          q.forEach((x, g) => {
            expect(Number.isInteger(x)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(capacity[g] as number);
          });
          const sumW = weights.reduce((a, w) => a + w, 0);
          if (q.every((x, g) => x < (capacity[g] as number)))
            q.forEach((x, g) => expect(Math.abs(x - (total * (weights[g] as number)) / sumW)).toBeLessThan(1));
        },
      ),
    );
  });
});

describe('representationFloors', () => {
  it('representationFloors(1000, 0.8) gives 80% of each proportional share', () => {
    expect(representationFloors(1000, 0.8, [1, 3], [1000, 1000])).toEqual([200, 600]);
  });

  it('representationFloors rounds up and caps at capacity', () => {
    // 0.8 × 1000 / 3 = 266.7 → 267; 0.8 × 1000 × 2/3 = 533.3 → 534 but only 150 candidates.
    expect(representationFloors(1000, 0.8, [1, 2], [1000, 150])).toEqual([267, 150]);
  });
});

describe('mixDistance', () => {
  it('mixDistance of 1:1 against 1:3 is 0.25', () => {
    expect(mixDistance([1, 1], [1, 3])).toBeCloseTo(0.25, 12);
  });

  it('mixDistance is 0 for the same mix at any scale and 1 for disjoint mixes', () => {
    expect(mixDistance([2, 6], [10, 30])).toBeCloseTo(0, 12);
    expect(mixDistance([5, 0], [0, 7])).toBeCloseTo(1, 12);
  });
});

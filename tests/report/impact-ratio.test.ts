import { describe, expect, it } from 'vitest';
import { impactRatioTable } from '../../src/report/impact-ratio';
import { policyOf } from './fixtures';

describe('impactRatioTable (Local Law 144 layout)', () => {
  it('divides each selection rate by the highest rate among categories of 2% or more, and marks the small ones', () => {
    // A 60/600 = 0.1, B 77/385 = 0.2, C 6/15 = 0.4 but C is 1.5% of the people: marked, not the highest.
    const policy = policyOf('p', { a: 60, b: 77, c: 6 });
    const t = impactRatioTable(policy, policy.slices[0]!);
    expect(t.highestRate).toBeCloseTo(0.2, 12);
    expect(t.rows.map((r) => [r.row.group, r.small, r.highest])).toEqual([['a', false, false], ['b', false, true], ['c', true, false]]);
    expect(t.rows[0]!.impactRatio).toBeCloseTo(0.5, 12);
    expect(t.rows[1]!.impactRatio).toBe(1);
    expect(t.rows[2]!.impactRatio).toBeCloseTo(2, 12);
    expect(t.unknown).toBe(0);
  });

  it('counts people outside every group as unknown, and gives no ratio when no one is selected', () => {
    const policy = policyOf('p', { a: 0, b: 0, c: 0 });
    policy.totals = { ...policy.totals, n: 1040 };
    const t = impactRatioTable(policy, policy.slices[0]!);
    expect(t.unknown).toBe(40);
    expect(t.rows.every((r) => r.impactRatio === null)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { impactRatioTable } from '../../src/report/impact-ratio';
import { policyOf } from './fixtures';

const RULES = { minGroupSize: 30, minCount: 5 };

describe('impactRatioTable (Local Law 144 layout)', () => {
  it('without impact ratios in the results, divides each selection rate by the highest among groups large enough to judge, and marks categories under 2%', () => {
    // A 60/600 = 0.1, B 77/385 = 0.2, C 6/15 = 0.4 but C has 15 < 30 people (and is 1.5%): marked, not the highest.
    const policy = policyOf('p', { a: 60, b: 77, c: 6 });
    const t = impactRatioTable(RULES, policy, policy.slices[0]!);
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
    const t = impactRatioTable(RULES, policy, policy.slices[0]!);
    expect(t.unknown).toBe(40);
    expect(t.rows.every((r) => r.impactRatio === null)).toBe(true);
  });

  it("uses the results' own impact ratio, interval and highest group when they carry them", () => {
    const policy = policyOf('p', { a: 60, b: 77, c: 6 });
    const slice = policy.slices[0]!;
    slice.highest = 'a';
    slice.groups.forEach((g, i) => {
      g.impactRatio = [1, 0.9, 0.8][i]!;
      g.intervals.impactRatio = [[1, 1], [0.8, 1], [0.5, 1.2]][i] as [number, number];
    });
    const t = impactRatioTable(RULES, policy, slice);
    expect(t.rows.map((r) => [r.impactRatio, r.interval, r.highest])).toEqual([[1, [1, 1], true], [0.9, [0.8, 1], false], [0.8, [0.5, 1.2], false]]);
    expect(t.highestRate).toBeCloseTo(0.1, 12);
  });
});

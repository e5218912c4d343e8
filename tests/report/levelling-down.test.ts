import { describe, expect, it } from 'vitest';
import { levellingDownChecks, TOLERANCE } from '../../src/report/levelling-down';
import { twoPolicies } from './fixtures';

const BASES = { fixed: 'base' };

describe('levellingDownChecks', () => {
  it('flags a fix that lowers the best-off group and leaves the worst-off where it was', () => {
    // Base: A 120/600 = 20%, B 39/385 ≈ 10.1%. Fixed: A 60/600 = 10%, B 39/385 unchanged — equal, nobody gains.
    const [check] = levellingDownChecks(twoPolicies({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 }), BASES);
    expect(check).toMatchObject({ attribute: 'g', best: { group: 'a', before: 0.2, after: 0.1 }, worst: { group: 'b' }, levelsDown: true });
    expect(check!.worst.after).toBeCloseTo(39 / 385, 12);
  });

  it('flags a fix that lowers both the best-off and the worst-off group', () => {
    const [check] = levellingDownChecks(twoPolicies({ a: 120, b: 39, c: 3 }, { a: 60, b: 30, c: 3 }), BASES);
    expect(check!.levelsDown).toBe(true);
  });

  it('does not flag a fix that moves reach from the best-off to the worst-off group', () => {
    // A 20% → 15%, B ≈ 10.1% → ≈ 15.1%: the gap closes by raising the worst-off.
    const [check] = levellingDownChecks(twoPolicies({ a: 120, b: 39, c: 3 }, { a: 90, b: 58, c: 3 }), BASES);
    expect(check).toMatchObject({ best: { group: 'a' }, worst: { group: 'b' }, levelsDown: false });
  });

  it('never picks the too-small group as best-off, and treats moves under the tolerance as no change', () => {
    // C (15 people, not judged) has the highest rate (100%) but is never the best-off group.
    const results = twoPolicies({ a: 120, b: 39, c: 15 }, { a: 120, b: 39, c: 0 });
    const a = results.policies[1]!.slices[0]!.groups[0]!;
    a.selectionRate = 0.2 - TOLERANCE / 2; // A falls by half the tolerance, B stays
    const [check] = levellingDownChecks(results, BASES);
    expect(check!.best.group).toBe('a');
    expect(check!.levelsDown).toBe(false);
    a.selectionRate = 0.2 - TOLERANCE * 2;
    expect(levellingDownChecks(results, BASES)[0]!.levelsDown).toBe(true);
  });

  it('for a risky offer the best-off group is the least selected, and raising it without lowering the worst-off levels down', () => {
    // Risk: A 5% (least exposed, best off), B ≈ 20%. Fixed: A 20%, B unchanged.
    const [check] = levellingDownChecks(twoPolicies({ a: 30, b: 77, c: 0 }, { a: 120, b: 77, c: 0 }, 'risk'), BASES);
    expect(check).toMatchObject({ best: { group: 'a', before: 0.05, after: 0.2 }, worst: { group: 'b' }, levelsDown: true });
    const [fair] = levellingDownChecks(twoPolicies({ a: 30, b: 77, c: 0 }, { a: 60, b: 40, c: 0 }, 'risk'), BASES);
    expect(fair!.levelsDown).toBe(false);
  });

  it('checks only constrained policies that have a base in the results', () => {
    expect(levellingDownChecks(twoPolicies({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 }), {})).toEqual([]);
    expect(levellingDownChecks(twoPolicies({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 }), { fixed: 'missing' })).toEqual([]);
  });
});

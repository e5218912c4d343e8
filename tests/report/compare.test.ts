import { describe, expect, it } from 'vitest';
import { comparisonText } from '../../src/cli/compare-text';
import { compareRuns } from '../../src/report/compare';
import { fixture } from '../charts/fixture';

describe('compareRuns', () => {
  it('finds no change between a run and itself', () => {
    const c = compareRuns(fixture(), fixture());
    expect(c.sameScenario).toBe(true);
    expect(c.policies.flatMap((p) => p.groups).filter((g) => g.changed)).toEqual([]);
    expect(comparisonText(c)).toContain('No group changed.');
  });

  it('marks a group whose verdict or ratio moved, and a policy present in one run only', () => {
    const after = fixture();
    const women = after.policies[0]!.slices[0]!.groups[0]!;
    women.verdict = 'within';
    women.representationRatio = 0.9;
    const men = after.policies[0]!.slices[0]!.groups[1]!;
    men.representationRatio = (men.representationRatio ?? 0) + 0.004; // under the 0.005 threshold, same verdict
    after.policies.pop(); // "none" only in the before run
    after.scenario = { name: 'Fixture', hash: '1' };
    const c = compareRuns(fixture(), after);
    const delivery = c.policies.find((p) => p.id === 'delivery')!;
    expect(delivery.groups.filter((g) => g.changed).map((g) => `${g.slice}:${g.group}`)).toEqual(['gender:f']);
    const none = c.policies.find((p) => p.id === 'none')!;
    expect(none.after).toBeUndefined();
    const text = comparisonText(c);
    expect(text).toContain('The scenario changed between the runs.');
    expect(text).toMatch(/gender: Women\s+0\.62\s+0\.90 {2}excluded → within/);
    expect(text).toContain('None: removed (only in the before run)');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});

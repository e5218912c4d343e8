import { describe, expect, it } from 'vitest';
import { judgedCount, policyFindings, resultsSentence, worstByPolicy } from '../../src/ui/dashboard/findings';
import { standInResults } from './stand-in-results';

describe('policyFindings', () => {
  it('lists out-of-band groups, harms first, and skips groups too small to judge', () => {
    const found = policyFindings(standInResults(), 'skewed');
    expect(found.map((f) => [f.groupLabel, f.verdict, f.harm])).toEqual([
      ['Women', 'excluded', true],
      ['Men', 'over-targeted', false],
    ]);
    expect(found[0]?.ratio).toBe(0.6);
  });

  it('finds nothing for a policy whose judged groups are all within the band', () => {
    expect(policyFindings(standInResults(), 'even')).toEqual([]);
    expect(judgedCount(standInResults(), 'even')).toBe(2);
  });

  it('falls back to the first policy for an unknown id', () => {
    expect(policyFindings(standInResults(), 'nope').map((f) => f.groupLabel)).toEqual(['Women', 'Men']);
  });
});

describe('resultsSentence', () => {
  it('names the policy, the count out of band and the worst group', () => {
    expect(resultsSentence(standInResults(), 'skewed')).toBe(
      'Skewed: 2 of 2 judged groups outside the 0.8–1.25 band; 1 harmed; worst Women (Gender) excluded at 0.60.',
    );
  });
});

describe('worstByPolicy', () => {
  it('gives each other policy its worst out-of-band group and skips policies with none', () => {
    const others = worstByPolicy(standInResults(), 'even');
    expect(others.map((o) => [o.policyId, o.finding.groupLabel, o.finding.verdict])).toEqual([['skewed', 'Women', 'excluded']]);
    expect(worstByPolicy(standInResults(), 'skewed')).toEqual([]);
  });
});

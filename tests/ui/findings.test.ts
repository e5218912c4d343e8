import { describe, expect, it } from 'vitest';
import { judgedCount, methodSentence, policyFindings, resultsSentence, uncertainLeanings, worstByPolicy } from '../../src/ui/dashboard/findings';
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

describe('what a finding carries: its interval and the kind of interval', () => {
  it('a Katz interval by default; with replicates, the mean and its t-interval, and the method line says so', () => {
    const r = standInResults();
    r.multiplicity = 'holm';
    const women = r.policies[0]!.slices[0]!.groups[0]!;
    women.intervals.representationRatio = [0.5, 0.7];
    women.pValue = 0.001;
    expect(policyFindings(r, 'skewed')[0]).toMatchObject({ ratio: 0.6, interval: [0.5, 0.7], intervalKind: 'wilson-katz', unseen: false });
    expect(methodSentence(r, 'skewed')).toBe("Verdicts read 95% Katz log intervals; Holm across the policy's 1 tested group.");
    r.replicates = 20;
    women.intervalKind = 'replicates';
    women.unseenInTraining = true;
    women.spread = { representationRatio: { mean: 0.62, low: 0.58, high: 0.66, sd: 0.09, count: 20, predictionLow: 0.43, predictionHigh: 0.81 } };
    expect(policyFindings(r, 'skewed')[0]).toMatchObject({ ratio: 0.62, interval: [0.58, 0.66], intervalKind: 'replicates', replicates: 20, unseen: true });
    expect(methodSentence(r, 'skewed')).toContain('means and 95% t-intervals over 20 replicates');
  });

  it('counts uncertain groups by the side they lean to', () => {
    const r = standInResults();
    const [f, m] = r.policies[0]!.slices[0]!.groups;
    Object.assign(f!, { verdict: 'uncertain', leaning: 'low' });
    Object.assign(m!, { verdict: 'uncertain', leaning: 'high' });
    expect(uncertainLeanings(r, 'skewed')).toEqual({ low: 1, high: 1 });
  });
});

/** Verdict rules, reference choices and the offer's harm flag, on the hand population. */
import { describe, expect, it } from 'vitest';
import type { GroupRow, SliceResult } from '../../src/core/results/types';
import { isHarm, judge, verdictOf } from '../../src/core/metrics/verdict';
import { adjustPValues, applyMultiplicity } from '../../src/core/metrics/multiplicity';
import { smallScenario } from './fixtures';
import { handPopulation } from './hand-population';
import { resultsOf } from './audit-of';

const people = handPopulation();
/**
 * The hand population repeated 200 times: the same rates, but intervals narrow enough to judge.
 * Women 400 of 1,600 reached: Wilson [0.2293, 0.2720], RR = that / 0.35 = [0.655, 0.777] < 0.8.
 * Men 1,000 of 2,000: Wilson [0.4781, 0.5219], RR [1.366, 1.491] > 1.25; DI for women = [0.459, 0.544].
 */
const many = Array.from({ length: 200 }, () => handPopulation()).flat();
const gender = (slices: SliceResult[]) => slices.find((s) => s.attribute === 'gender') as SliceResult;
const row = (s: SliceResult, g: string) => s.groups.find((x) => x.group === g) as GroupRow;
const rules = { band: { low: 0.8, high: 1.25 }, minGroupSize: 30, minCount: 5, offer: 'opportunity' as const };

describe('verdictOf', () => {
  it('is symmetric: wholly outside → excluded / over-targeted, wholly inside → within, else uncertain', () => {
    expect(verdictOf(0.7, 100, rules, [0.6, 0.79])).toBe('excluded');
    expect(verdictOf(0.7, 100, rules, [0.6, 0.8])).toBe('uncertain');
    expect(verdictOf(1.4, 100, rules, [1.26, 1.6])).toBe('over-targeted');
    expect(verdictOf(1.4, 100, rules, [1.25, 1.6])).toBe('uncertain');
    expect(verdictOf(1, 100, rules, [0.8, 1.25])).toBe('within');
    // In the band but the interval reaches out (job-ad delivery, random, Non-binary 60+: 0.92 [0.64, 1.32])
    expect(verdictOf(0.92, 100, rules, [0.64, 1.32])).toBe('uncertain');
    expect(verdictOf(1, 100, rules, [0.5, 2])).toBe('uncertain');
    expect(isHarm('uncertain', 'opportunity')).toBe(false);
    expect(isHarm('uncertain', 'risk')).toBe(false);
  });
  it('an uncertain group leans to the side of its estimate; at exactly 1, to the edge crossed further', () => {
    expect(judge(0.92, 100, rules, [0.64, 1.32]).leaning).toBe('low');
    expect(judge(1.3, 100, rules, [1.1, 1.5]).leaning).toBe('high');
    expect(judge(1, 100, rules, [0.5, 1.3]).leaning).toBe('low');
    expect(judge(1, 100, rules, [0.79, 1.9]).leaning).toBe('high');
    expect(judge(0.7, 100, rules, [0.6, 0.79]).leaning).toBeNull();
  });
  it('reports 2 × the smaller one-sided p-value, capped at 1', () => {
    expect(judge(0.7, 100, rules, [0.6, 0.79], { below: 0.01, above: 0.999 }).pValue).toBeCloseTo(0.02, 12);
    expect(judge(1, 100, rules, [0.9, 1.1], { below: 0.9, above: 0.7 }).pValue).toBe(1);
    expect(judge(1, 100, rules, [0.9, 1.1]).pValue).toBeNull();
  });
  it('judges a value without an interval (the reference itself) against the band', () => {
    expect(verdictOf(0.79, 100, rules)).toBe('excluded');
    expect(verdictOf(0.8, 100, rules)).toBe('within');
    expect(verdictOf(1.25, 100, rules)).toBe('within');
    expect(verdictOf(1.26, 100, rules)).toBe('over-targeted');
  });
  it('returns too-small below minGroupSize or minCount, before looking at the value', () => {
    expect(verdictOf(0.1, 29, rules)).toBe('too-small');
    expect(verdictOf(null, 29, rules)).toBe('too-small');
    expect(verdictOf(0.1, 40, { ...rules, minGroupSize: 1, minCount: 50 })).toBe('too-small');
  });
  it('returns not-comparable for an undefined metric', () => {
    expect(verdictOf(null, 100, rules)).toBe('not-comparable');
  });
});

describe('adjustPValues', () => {
  // Hand-worked (the values statsmodels multipletests gives for 'holm' and 'fdr_bh'):
  // sorted 0.005, 0.01, 0.03, 0.04; Holm: 4·0.005, 3·0.01, max(2·0.03, ·), max(1·0.04, 0.06)
  const p = [0.01, 0.04, 0.03, 0.005];
  it('holm: step-down, monotone', () => {
    const q = adjustPValues(p, 'holm') as number[];
    [0.03, 0.06, 0.06, 0.02].forEach((v, k) => expect(q[k]).toBeCloseTo(v, 12));
  });
  it('bh: step-up m·p/i, cumulative minimum from the largest', () => {
    const q = adjustPValues(p, 'bh') as number[];
    [0.02, 0.04, 0.04, 0.02].forEach((v, k) => expect(q[k]).toBeCloseTo(v, 12));
  });
  it('none keeps the p-values; nulls stay null and are not counted in the family', () => {
    expect(adjustPValues([0.01, null], 'none')).toEqual([0.01, null]);
    expect(adjustPValues([0.01, null, 0.02], 'holm')).toEqual([0.02, null, 0.02]);
  });
});

describe('applyMultiplicity', () => {
  const base = { verdict: 'excluded', rawVerdict: 'excluded', leaning: null, harm: true } as const;
  it('demotes an out-of-band verdict whose adjusted p-value is not below 0.05 to uncertain, leaning to its side', () => {
    const rows = [
      { ...base, pValue: 0.001 },
      { ...base, pValue: 0.03 },
      { ...base, rawVerdict: 'within', verdict: 'within', harm: false, pValue: 0.9 },
    ] as unknown as GroupRow[];
    applyMultiplicity(rows, 'holm', 'opportunity');
    expect(rows.map((r) => r.adjustedPValue)).toEqual([0.003, 0.06, 0.9]);
    expect(rows.map((r) => r.verdict)).toEqual(['excluded', 'uncertain', 'within']);
    expect(rows.map((r) => r.harm)).toEqual([true, false, false]);
    expect(rows[1]!.leaning).toBe('low');
    expect(rows[1]!.rawVerdict).toBe('excluded');
  });
});

describe('isHarm', () => {
  it('opportunity offers harm by exclusion, risk offers by over-targeting', () => {
    expect([isHarm('excluded', 'opportunity'), isHarm('over-targeted', 'opportunity')]).toEqual([true, false]);
    expect([isHarm('excluded', 'risk'), isHarm('over-targeted', 'risk')]).toEqual([false, true]);
    expect(isHarm('too-small', 'risk')).toBe(false);
  });
});

describe('buildResults audit options', () => {
  it('minGroupSize 5 flags non-binary (n = 2) as too-small, unjudged and out of the ranking', () => {
    const g = gender(resultsOf(smallScenario(20, { minGroupSize: 5 }), people).policies[0]!.slices);
    expect(row(g, 'x').verdict).toBe('too-small');
    expect(row(g, 'x').harm).toBe(false);
    expect(row(g, 'x').representationRatio).toBe(0); // still reported
    // |log(10/7)| = 0.357 > |log(5/7)| = 0.336: men first
    expect(g.ranking).toEqual(['m', 'f']);
  });

  it('minCount marks rates with small denominators in lowCount', () => {
    const g = gender(resultsOf(smallScenario(20, { minCount: 5 }), people).policies[0]!.slices);
    // women: n 8, e 6, P 4 (< 5), n − P 4 (< 5), r 2 (< 5)
    expect(row(g, 'f').lowCount).toEqual(['tpr', 'fpr', 'precision']);
  });

  it('a risk offer makes over-targeting the harm', () => {
    const g = gender(resultsOf(smallScenario(many.length, {}, 'risk'), many).policies[0]!.slices);
    expect([row(g, 'f').verdict, row(g, 'm').verdict]).toEqual(['excluded', 'over-targeted']);
    expect([row(g, 'f').harm, row(g, 'm').harm]).toEqual([false, true]);
  });

  it('reference overall compares with the overall rates (SR 7/20, TPR 4/8)', () => {
    const g = gender(resultsOf(smallScenario(20, { reference: 'overall' }), people).policies[0]!.slices);
    expect(g.reference).toBe('overall');
    expect(g.groups.some((x) => x.isReference)).toBe(false);
    expect(row(g, 'f').disparateImpact).toBeCloseTo(0.25 / 0.35, 12);
    expect(row(g, 'f').equalOpportunityDifference).toBeCloseTo(1 / 4 - 4 / 8, 12);
  });

  it('a named reference category is used for its attribute; other slices use the largest group', () => {
    const r = resultsOf(smallScenario(20, { reference: { gender: 'f' } }), people);
    const g = gender(r.policies[0]!.slices);
    expect(g.reference).toBe('f');
    expect(row(g, 'm').disparateImpact).toBeCloseTo(0.5 / 0.25, 12);
    // age: young has 5 + 4 + 1 = 10 people, old 10: a tie goes to the first category
    expect(r.policies[0]!.slices.find((s) => s.attribute === 'age')!.reference).toBe('young');
  });

  it('the DI metric drives verdicts: women DI 0.5 excluded, men 1 within', () => {
    const g = gender(resultsOf(smallScenario(many.length, { metric: 'disparateImpact' }), many).policies[0]!.slices);
    expect([row(g, 'f').verdict, row(g, 'm').verdict]).toEqual(['excluded', 'within']);
  });
});

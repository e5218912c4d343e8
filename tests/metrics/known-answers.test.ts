/** buildResults on the hand population (hand-population.ts): every metric worked out by hand. */
import { describe, expect, it } from 'vitest';
import type { GroupRow, SliceResult } from '../../src/core/results/types';
import { resultsToJson } from '../../src/core/results/json';
import { numbersIn, smallScenario } from './fixtures';
import { handPopulation } from './hand-population';
import { resultsOf } from './audit-of';

const people = handPopulation();
const close = (a: number | null, b: number) => expect(a).toBeCloseTo(b, 12);
const slice = (slices: SliceResult[], key: string) => slices.find((s) => s.attribute === key) as SliceResult;
const row = (s: SliceResult, group: string) => s.groups.find((g) => g.group === group) as GroupRow;

describe('buildResults on the hand population, policy A', () => {
  const results = resultsOf(smallScenario(20), people);
  const a = results.policies[0]!;
  const gender = slice(a.slices, 'gender');
  const [f, m, x] = [row(gender, 'f'), row(gender, 'm'), row(gender, 'x')];

  it('totals: N = 20, E = 18, R = 7, P = 8, TP = 4, cost 1+2+3+4+5 + 2·2 = 19, expected 5·0.5 + 2·0.25 = 3', () => {
    expect(a.totals).toMatchObject({ n: 20, eligible: 18, reached: 7, positives: 8, realisedConversions: 4, cost: 19 });
    close(a.totals.expectedConversions, 3);
    close(a.totals.selectionRate, 7 / 20);
    close(a.totals.tpr, 4 / 8);
    close(a.totals.fpr, (7 - 4) / (20 - 8));
    close(a.totals.precision, 4 / 7);
    close(a.totals.costPerReach, 19 / 7);
    close(a.totals.costPerConversion, 19 / 3);
    close(a.totals.costPerRealisedConversion, 19 / 4);
  });

  it('counts per gender group', () => {
    expect([f.n, f.eligible, f.reached, f.positives, f.truePositives]).toEqual([8, 6, 2, 4, 1]);
    expect([m.n, m.eligible, m.reached, m.positives, m.truePositives]).toEqual([10, 10, 5, 4, 3]);
    expect([x.n, x.eligible, x.reached, x.positives, x.truePositives]).toEqual([2, 2, 0, 0, 0]);
    close(m.cost, 15);
    close(m.expectedConversions, 2.5);
    close(f.cost, 4);
    close(f.expectedConversions, 0.5);
  });

  it('selection rates, shares and representation ratios', () => {
    close(f.selectionRate, 2 / 8);
    close(m.selectionRate, 5 / 10);
    close(x.selectionRate, 0);
    close(f.eligibleSelectionRate, 2 / 6);
    close(f.populationShare, 8 / 20);
    close(f.eligibleShare, 6 / 18);
    close(f.reachShare, 2 / 7);
    // RR = reach share / population share = (2/7) / (8/20) = 5/7 = SR / SR overall = 0.25 / 0.35
    close(f.representationRatio, 2 / 7 / (8 / 20));
    close(m.representationRatio, 0.5 / 0.35);
    close(x.representationRatio, 0);
  });

  it('the largest group (men, n = 10) is the reference for DI and the differences', () => {
    expect(gender.reference).toBe('m');
    expect(m.isReference).toBe(true);
    close(f.disparateImpact, 0.25 / 0.5);
    close(f.statisticalParityDifference, 0.25 - 0.5);
    close(m.disparateImpact, 1);
    close(x.disparateImpact, 0);
  });

  it('TPR, FPR, precision and the opportunity/odds differences', () => {
    close(m.tpr, 3 / 4);
    close(f.tpr, 1 / 4);
    close(m.fpr, (5 - 3) / (10 - 4));
    close(f.fpr, (2 - 1) / (8 - 4));
    close(x.fpr, 0 / 2);
    close(m.precision, 3 / 5);
    close(f.precision, 1 / 2);
    close(f.equalOpportunityDifference, 1 / 4 - 3 / 4);
    // max(|1/4 − 3/4|, |1/4 − 1/3|) = 1/2
    close(f.equalisedOddsDifference, 0.5);
    close(m.costPerReach, 15 / 5);
    close(m.costPerConversion, 15 / 2.5);
  });

  it('zero denominators give null: x has no positives (TPR) and no one reached (precision, cost per reach)', () => {
    expect(x.tpr).toBeNull();
    expect(x.equalOpportunityDifference).toBeNull();
    expect(x.equalisedOddsDifference).toBeNull();
    expect(x.precision).toBeNull();
    expect(x.costPerReach).toBeNull();
    expect(x.costPerConversion).toBeNull();
    expect(x.intervals.tpr).toBeNull();
    expect(x.intervals.precision).toBeNull();
  });

  it('mix distance is ½ Σ |reach share − eligible share|', () => {
    const expected = 0.5 * (Math.abs(2 / 7 - 6 / 18) + Math.abs(5 / 7 - 10 / 18) + Math.abs(0 - 2 / 18));
    close(gender.mixDistance, expected);
  });

  it('verdicts against 0.8–1.25 on RR: all three outside the band, but too few people to be sure (uncertain, no harm)', () => {
    // Women RR 0.714 < 0.8, but Wilson(2 of 8) = [0.0715, 0.5907] / 0.35 = [0.204, 1.688] reaches 0.8.
    // Men RR 1.43 > 1.25, but Wilson(5 of 10) = [0.2366, 0.7634] / 0.35 = [0.676, 2.181] reaches 1.25.
    // Non-binary RR 0 < 0.8, but Wilson(0 of 2) = [0, 0.6576] / 0.35 = [0, 1.879] reaches 0.8.
    expect([f.verdict, m.verdict, x.verdict]).toEqual(['uncertain', 'uncertain', 'uncertain']);
    expect([f.harm, m.harm, x.harm]).toEqual([false, false, false]);
  });

  it('intervals: Wilson 95% for 2 of 8 is [0.0715, 0.5907]; RR and DI carry Katz log intervals', () => {
    expect(f.intervals.selectionRate![0]).toBeCloseTo(0.0715, 4);
    expect(f.intervals.selectionRate![1]).toBeCloseTo(0.5907, 4);
    // RR: women 2/8 against the rest 5/12: θ = 0.6, se² = 1/2 − 1/8 + 1/5 − 1/12, w = 0.4,
    // RR limits = 1/(0.4 + 0.6/(0.6·exp(∓1.96·se))) = [0.22976, 1.53136]
    expect(f.intervals.representationRatio![0]).toBeCloseTo(0.229762, 6);
    expect(f.intervals.representationRatio![1]).toBeCloseTo(1.531358, 6);
    // DI: women 2/8 against men 5/10: 0.5·exp(∓1.96·√(1/2 − 1/8 + 1/5 − 1/10)) = [0.12951, 1.93028]
    expect(f.intervals.disparateImpact![0]).toBeCloseTo(0.129515, 6);
    expect(f.intervals.disparateImpact![1]).toBeCloseTo(1.930279, 6);
    // The reference's own DI is 1 by definition and carries no interval.
    expect(m.intervals.disparateImpact).toBeNull();
    expect(m.disparateImpact).toBe(1);
  });

  it('impact ratio: SR over the highest SR in the slice (men 0.5); the highest group has IR 1 and no interval', () => {
    expect(gender.highest).toBe('m');
    close(f.impactRatio ?? null, 0.25 / 0.5);
    close(m.impactRatio ?? null, 1);
    close(x.impactRatio ?? null, 0);
    expect(m.intervals.impactRatio).toBeNull();
    expect(f.intervals.impactRatio).toEqual(f.intervals.disparateImpact);
  });

  it('intersection gender×age: counts per cell and ranking by |log RR|, worst first', () => {
    const gxa = slice(a.slices, 'gender×age');
    expect(gxa.kind).toBe('intersection');
    expect(gxa.groups.map((g) => g.group)).toEqual(['f|young', 'f|old', 'm|young', 'm|old', 'x|young', 'x|old']);
    expect(gxa.groups.map((g) => [g.n, g.reached])).toEqual([[4, 1], [4, 1], [5, 4], [5, 1], [1, 0], [1, 0]]);
    expect(row(gxa, 'f|young').label).toBe('Women · young');
    // RR: x 0 (|log| = ∞), m|young 0.8/0.35 (0.827), m|old 0.2/0.35 (0.560), f 0.25/0.35 (0.336)
    expect(gxa.ranking).toEqual(['x|young', 'x|old', 'm|young', 'm|old', 'f|young', 'f|old']);
  });

  it('score histograms: 4 bins over A\'s score range [0, 1], per gender group', () => {
    const h = a.scoreHistograms.find((s) => s.attribute === 'gender')!;
    expect([h.min, h.max, h.bins]).toEqual([0, 1, 4]);
    // men 0.0–0.9 → bins 0,0,0,1,1,2,2,2,3,3; women 0.50–0.85 → bin 2 (0.5–0.7) ×5, bin 3 ×3; x at max → last bin
    expect(h.groups.map((g) => g.counts)).toEqual([[0, 0, 5, 3], [3, 2, 3, 2], [0, 0, 0, 2]]);
    expect(results.policies[1]!.scoreHistograms).toEqual([]);
  });

  it('the JSON has no NaN or Infinity: every number is finite and undefined values are null', () => {
    const json = resultsToJson(results);
    expect(json).not.toMatch(/NaN|Infinity/);
    for (const { path, v } of numbersIn(JSON.parse(json))) expect(Number.isFinite(v), path).toBe(true);
    const parsed = JSON.parse(json);
    const xRow = parsed.policies[0].slices[0].groups[2];
    expect(xRow.tpr).toBeNull();
    expect(xRow.precision).toBeNull();
  });
});

describe('buildResults zero-division cases', () => {
  it('policy B never reaches the largest group (men): the reference falls back to women, and the slice says why', () => {
    const r = resultsOf(smallScenario(20, { metric: 'disparateImpact' }), people);
    const gender = slice(r.policies[1]!.slices, 'gender');
    expect(gender.reference).toBe('f');
    expect(gender.referenceNote).toMatch(/Men reached no one.*Women, the largest group reached at all, is the reference/);
    close(row(gender, 'f').disparateImpact, 1);
    close(row(gender, 'm').disparateImpact, 0);
    close(row(gender, 'm').statisticalParityDifference, 0 - 2 / 8);
    // Policy A reaches men: no fallback, no note.
    expect(slice(r.policies[0]!.slices, 'gender').referenceNote).toBeUndefined();
  });

  it('a policy that reaches no one: reach share, RR and mix distance are null, verdicts not-comparable', () => {
    const none = people.map((p) => ({ ...p, selected: [0, 0] as (0 | 1)[] }));
    const r = resultsOf(smallScenario(20), none);
    const gender = slice(r.policies[0]!.slices, 'gender');
    expect(gender.mixDistance).toBeNull();
    expect(gender.ranking).toEqual([]);
    for (const g of gender.groups) {
      expect([g.reachShare, g.representationRatio, g.precision]).toEqual([null, null, null]);
      expect(g.selectionRate).toBe(0);
      expect(g.verdict).toBe('not-comparable');
    }
    expect(r.policies[0]!.totals.costPerReach).toBeNull();
    expect(resultsToJson(r)).not.toMatch(/NaN|Infinity/);
  });
});

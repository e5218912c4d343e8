/** aggregateReplicates: replicate 0 is the headline; every metric gains its mean, t-interval and prediction interval. */
import { describe, expect, it } from 'vitest';
import { aggregateReplicates, spreadOf } from '../../src/core/metrics/replicates';
import type { Results } from '../../src/core/results/types';
import { smallScenario } from './fixtures';
import { handPopulation } from './hand-population';
import { resultsOf } from './audit-of';

/** The hand population with the first k men also reached by policy A. */
function variant(extraMen: number): Results {
  const people = handPopulation().map((p, i) =>
    i < extraMen && p.gender === 1 ? { ...p, selected: [1, p.selected[1] ?? 0] as (0 | 1)[] } : p,
  );
  return resultsOf(smallScenario(20), people);
}

describe('spreadOf', () => {
  it('gives the mean, the t-interval for the mean and the prediction interval over the defined values', () => {
    // 4, 1, 2: mean 7/3, s² = ((5/3)² + (4/3)² + (1/3)²)/2 = 7/3, t(0.975, 2) = 4.302653
    const s = spreadOf([4, null, 1, 2]);
    const sd = Math.sqrt(7 / 3);
    expect(s.count).toBe(3);
    expect(s.mean).toBeCloseTo(7 / 3, 12);
    expect(s.sd).toBeCloseTo(sd, 12);
    expect(s.low).toBeCloseTo(7 / 3 - (4.302653 * sd) / Math.sqrt(3), 5);
    expect(s.high).toBeCloseTo(7 / 3 + (4.302653 * sd) / Math.sqrt(3), 5);
    expect(s.predictionHigh).toBeCloseTo(7 / 3 + 4.302653 * sd * Math.sqrt(1 + 1 / 3), 5);
  });
  it('has no interval with fewer than 2 defined values, and counts them', () => {
    expect(spreadOf([null, null])).toMatchObject({ mean: null, low: null, high: null, count: 0 });
    expect(spreadOf([null, 0.5])).toMatchObject({ mean: 0.5, low: null, high: null, count: 1 });
  });
});

describe('aggregateReplicates', () => {
  // Policy A reaches men 0, 1, 2, 4, 5; reaching men 0–3 as well adds man 3: men reached 5, 6, 6
  const reps = [variant(0), variant(4), variant(4)];
  const agg = aggregateReplicates(reps);
  const men = (r: Results) => r.policies[0]!.slices[0]!.groups[1]!;

  it('keeps replicate 0 as the headline and counts the replicates', () => {
    expect(agg.replicates).toBe(3);
    expect(men(agg).reached).toBe(5);
    expect(men(agg).verdict).toBe(men(reps[0]!).verdict);
  });

  it('adds the spread of each metric across replicates (men reached 5, 6, 6)', () => {
    expect(men(reps[1]!).reached).toBe(6);
    const s = men(agg).spread!.reached!;
    expect(s.mean).toBeCloseTo(17 / 3, 12);
    // s = √(((2/3)² + 2·(1/3)²)/2) = √(1/3); half-width t(0.975, 2)·s/√3 = 4.302653/3
    expect(s.high! - s.mean!).toBeCloseTo(4.302653 / 3, 5);
    expect(s.count).toBe(3);
    expect(men(agg).spread!.selectionRate!.mean).toBeCloseTo((0.5 + 0.6 + 0.6) / 3, 12);
    expect(agg.policies[0]!.spread!.reached!.mean).toBeCloseTo((7 + 8 + 8) / 3, 12);
    expect(agg.policies[0]!.slices[0]!.spread!.mixDistance!.mean).not.toBeNull();
  });

  it('returns a copy without spread for one replicate, and does not change its inputs', () => {
    const one = aggregateReplicates([reps[0]!]);
    expect(one).toEqual(reps[0]);
    expect(one).not.toBe(reps[0]);
    expect(men(reps[0]!).spread).toBeUndefined();
  });
});

describe('aggregateReplicates for a learned policy', () => {
  // Policy A as if it were learned; women's RR over the replicates: 5/7, 5/8, 5/8
  const reps = [variant(0), variant(4), variant(4)].map((r) => {
    r.policies[0]!.type = 'propensity';
    return r;
  });
  const agg = aggregateReplicates(reps);
  const women = (p: number) => agg.policies[p]!.slices[0]!.groups[0]!;

  it('judges from the replicates: the mean and t-interval of the verdict metric', () => {
    const values = [5 / 7, 5 / 8, 5 / 8];
    const mean = values.reduce((a, b) => a + b) / 3;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / 2);
    const s = women(0).spread!.representationRatio!;
    expect(s.mean).toBeCloseTo(mean, 12);
    // upper = mean + t(0.975, 2)·sd/√3 ≈ 0.655 + 0.128 < 0.8: the whole interval is below the band
    expect(s.high).toBeCloseTo(mean + (4.302653 * sd) / Math.sqrt(3), 5);
    expect(women(0).intervalKind).toBe('replicates');
    expect(women(0).rawVerdict).toBe('excluded');
    expect(women(0).pValue).toBeLessThan(0.05);
    expect(women(0).adjustedPValue).toBeGreaterThanOrEqual(women(0).pValue!);
  });

  it('keeps Wilson/Katz verdicts for a policy that is not learned (policy B, random)', () => {
    expect(women(1).intervalKind).toBe('wilson-katz');
    expect(women(1).verdict).toBe(reps[0]!.policies[1]!.slices[0]!.groups[0]!.verdict);
  });
});

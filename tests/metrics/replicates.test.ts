/** aggregateReplicates: replicate 0 is the headline; every metric gains mean and 2.5/97.5 percentiles. */
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
  it('averages the defined values and takes linear-interpolation percentiles', () => {
    // sorted 1, 2, 4: mean 7/3; 2.5% at h = 0.05 → 1.05; 97.5% at h = 1.95 → 2 + 0.95 × 2 = 3.9
    const s = spreadOf([4, null, 1, 2]);
    expect(s.mean).toBeCloseTo(7 / 3, 12);
    expect(s.low).toBeCloseTo(1.05, 12);
    expect(s.high).toBeCloseTo(3.9, 12);
    expect(spreadOf([null, null])).toEqual({ mean: null, low: null, high: null });
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
    expect(s.low).toBeCloseTo(5 + 0.05 * 1, 12);
    expect(s.high).toBe(6);
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

/** Live threshold totals and the equal-precision walk, on hand-worked examples. */
import { describe, expect, it } from 'vitest';
import { thresholdOutcome } from '../../src/core/explain/threshold-view';
import type { ThresholdData } from '../../src/core/explain/threshold-view';
import { countForPrecision } from '../../src/core/explain/threshold-strategies';
import { HISTOGRAM_BINS, emptyScoreBins } from '../../src/core/policies/score-bins';

const data: ThresholdData = {
  policy: 'p',
  attribute: 'g',
  population: 200,
  budget: { kind: 'reach', people: 4 },
  band: { low: 0.8, high: 1.25 },
  minGroupSize: 30,
  groups: [
    // Scores highest first; running sums of converts, conversion probability and price.
    { group: 'a', people: 100, scores: Float32Array.of(0.9, 0.5, 0.25), converts: Float64Array.of(1, 1, 2), expected: Float64Array.of(0.5, 0.75, 1), cost: Float64Array.of(2, 4, 7) },
    { group: 'b', people: 100, scores: Float32Array.of(0.75, 0.5), converts: Float64Array.of(0, 1), expected: Float64Array.of(0.25, 0.5), cost: Float64Array.of(1, 3) },
  ],
};

describe('thresholdOutcome', () => {
  it('reaches everyone at or above their group threshold, with their sums and verdicts', () => {
    const out = thresholdOutcome(data, [0.5, 0.5]);
    // a takes 2 (0.9, 0.5), b takes 2: overall rate 4/200; each group 2/100 → ratio 1.
    expect(out.reached).toBe(4);
    expect(out.groups.map((g) => [g.reached, g.realisedConversions, g.expectedConversions, g.cost])).toEqual([[2, 1, 0.75, 4], [2, 1, 0.5, 3]]);
    expect(out.groups.map((g) => g.verdict)).toEqual(['within', 'within']);
  });
  it('moving one threshold changes the verdicts', () => {
    // a takes 3, b none: overall 3/200; a's ratio (3/100)/(3/200) = 2, b's 0.
    const out = thresholdOutcome(data, [0.2, 1]);
    expect(out.groups.map((g) => g.representationRatio)).toEqual([2, 0]);
    expect(out.groups.map((g) => g.verdict)).toEqual(['over-targeted', 'excluded']);
    expect(thresholdOutcome(data, [Infinity, Infinity]).groups.map((g) => g.verdict)).toEqual(['not-comparable', 'not-comparable']);
  });
});

describe('countForPrecision', () => {
  it('takes people from the top while their mean p̂ stays at the level (interpolated in a bin)', () => {
    const h = emptyScoreBins(1);
    // Top bin: 10 people, Σp̂ 8 (mean 0.8); next bin: 10 people, Σp̂ 4 (mean 0.4).
    h.count[HISTOGRAM_BINS - 1] = 10;
    h.prob[HISTOGRAM_BINS - 1] = 8;
    h.count[HISTOGRAM_BINS - 2] = 10;
    h.prob[HISTOGRAM_BINS - 2] = 4;
    expect(countForPrecision(h, 0, 0.8)).toBe(10);
    // Mean 0.6 after f of the second bin: (8 + 4f) / (10 + 10f) = 0.6 → f = 1: all 20.
    expect(countForPrecision(h, 0, 0.6)).toBeCloseTo(20, 12);
    // Mean 0.7: (8 + 4f) / (10 + 10f) = 0.7 → 8 + 4f = 7 + 7f → f = 1/3.
    expect(countForPrecision(h, 0, 0.7)).toBeCloseTo(10 + 10 / 3, 12);
    expect(countForPrecision(h, 0, 0.9)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { binScores, layoutThresholdStrip } from '../../src/charts/score-distribution/threshold-strip';
import type { RectMark } from '../../src/charts/marks';
import { OKABE_ITO, POPULATION_FILL } from '../../src/charts/palette';

describe('binScores', () => {
  it('counts scores in equal bins, the top end in the last bin, outside the range in none', () => {
    // Bins of 0.25 over [0, 1]: 0.1 | 0.3, 0.49 | 0.5 | 0.99, 1.0; −0.1 and 1.2 are outside.
    expect(binScores([0.1, 0.3, 0.49, 0.5, 0.99, 1, -0.1, 1.2, NaN], [0, 1], 4)).toEqual([1, 2, 1, 2]);
  });
});

describe('layoutThresholdStrip', () => {
  const strip = layoutThresholdStrip({ group: 'age=55+', counts: [1, 2, 1, 2], above: 3, candidates: 6, range: [0, 1], threshold: 0.5, width: 216, height: 30, inset: 8 });

  it('draws one bar per bin scaled to the fullest, reached bins (at or above the threshold) in blue', () => {
    const bars = strip.marks.filter((m): m is RectMark => m.kind === 'rect');
    expect(bars.map((b) => b.height)).toEqual([14, 28, 14, 28]);
    expect(bars.map((b) => b.fill)).toEqual([POPULATION_FILL, POPULATION_FILL, OKABE_ITO.blue, OKABE_ITO.blue]);
    // 200 units across 4 bins from x = 8.
    expect(bars.map((b) => b.x)).toEqual([8, 58, 108, 158]);
  });

  it('puts the threshold rule where the slider thumb stands, and says how many are above it', () => {
    const rule = strip.marks.find((m) => m.className === 'threshold');
    expect(rule).toMatchObject({ x1: 108, x2: 108 });
    expect(strip.title).toBe('Scores of age=55+: 3 of 6 candidates at or above the threshold');
  });

  it('draws no rule for a group without a threshold (no one reached)', () => {
    const none = layoutThresholdStrip({ group: 'g', counts: [1], above: 0, candidates: 1, range: [0, 1], threshold: Infinity, width: 100, height: 20 });
    expect(none.marks.some((m) => m.className === 'threshold')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { layoutScoreDistribution } from '../../src/charts/score-distribution/layout';
import { shareAbove } from '../../src/charts/score-distribution/thresholds';
import type { LineMark } from '../../src/charts/marks';
import { fixture, marksOf, round1 } from './fixture';

const size = { width: 640, height: 360, fontSize: 12 };

describe('shareAbove', () => {
  it('counts whole bins above the score and splits the bin it falls in linearly', () => {
    expect(shareAbove([40, 30, 20, 10], 0, 1, 0.75)).toBeCloseTo(0.1, 12);
    expect(shareAbove([40, 30, 20, 10], 0, 1, 0.625)).toBeCloseTo(0.2, 12); // half of 20 + 10
    expect(shareAbove([40, 30, 20, 10], 0, 1, 0)).toBe(1);
    expect(shareAbove([0, 0], 0, 1, 0.5)).toBeNull();
  });
});

describe('layoutScoreDistribution', () => {
  it('states how many of each group score above the global threshold, ignoring groups below minGroupSize', () => {
    const layout = layoutScoreDistribution(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(layout.title).toBe('Under Delivery, 40% of Men score above the threshold, against 10% of Women');
  });

  it('draws one distribution per group and the threshold as a rule across all panels', () => {
    const { marks } = layoutScoreDistribution(fixture(), { policy: 'delivery' }, size);
    expect(marksOf(marks, 'distribution')).toHaveLength(3);
    const rules = marksOf(marks, 'threshold') as LineMark[];
    expect(rules).toHaveLength(1);
    // Plot from 87.6 ("Non-binary" 69.6 + 18) to 628: 0.75 sits at 87.6 + 0.75 × 540.4.
    expect(round1(rules[0]!.x1)).toBe(round1(87.6 + 0.75 * 540.4));
    expect([rules[0]!.y1, rules[0]!.y2]).toEqual([24, 312]);
  });

  it('draws per-group thresholds in their own panels and compares medians when there is no global one', () => {
    const results = fixture();
    results.policies[0]!.thresholds = [{ group: 'f', score: 0.5 }, { group: 'm', score: 0.6 }];
    const layout = layoutScoreDistribution(results, { policy: 'delivery' }, size);
    expect(marksOf(layout.marks, 'threshold')).toHaveLength(2);
    // Women: 50 of 100 reached a third of the way into bin 2 → 0.333; Men: two thirds into bin 3 → 0.667.
    expect(layout.title).toBe('Under Delivery, Men have the highest median score (0.667) and Women the lowest (0.333)');
  });

  it('notes per-group thresholds of another attribute instead of drawing them', () => {
    const results = fixture();
    results.policies[0]!.thresholds = [{ group: 'north', score: 0.5 }];
    const layout = layoutScoreDistribution(results, { policy: 'delivery' }, size);
    expect(marksOf(layout.marks, 'threshold')).toHaveLength(0);
    expect(layout.notes).toEqual(['Per-group thresholds apply to another attribute: north ≥ 0.5.']);
  });

  it('says so when the policy has no score histogram', () => {
    const layout = layoutScoreDistribution(fixture(), { policy: 'random' }, size);
    expect(layout.title).toBe('Random has no scores to draw');
    expect(layout.table.rows).toEqual([]);
  });
});

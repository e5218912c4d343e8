import { describe, expect, it } from 'vitest';
import { formatPoints, layoutErrorRates } from '../../src/charts/error-rates/layout';
import type { CircleMark, LineMark, TextMark } from '../../src/charts/marks';
import type { Results } from '../../src/core/results/types';
import { fixture, marksOf, round1 } from './fixture';

const size = { width: 900, height: 300, fontSize: 12 };

/**
 * Delivery by gender with hand-set error rates. Men are the reference: TPR 0.5, FPR 0.1,
 * precision 0.4. Women: TPR 0.2 (EOD −0.3), FPR 0.04 (|ΔFPR| 0.06, so equalised odds 0.3),
 * precision 0.45. Non-binary is too small (hollow dots).
 */
function withRates(): Results {
  const r = fixture();
  const [women, men, nb] = r.policies[0]!.slices[0]!.groups;
  Object.assign(women!, { positives: 100, tpr: 0.2, fpr: 0.04, precision: 0.45, equalOpportunityDifference: -0.3, equalisedOddsDifference: 0.3 });
  women!.intervals.tpr = [0.13, 0.29];
  Object.assign(men!, { isReference: true, positives: 96, tpr: 0.5, fpr: 0.1, precision: 0.4, equalOpportunityDifference: 0, equalisedOddsDifference: 0 });
  Object.assign(nb!, { positives: 4, tpr: 0.25, fpr: 0, precision: 0.5, equalOpportunityDifference: -0.25, equalisedOddsDifference: 0.25, lowCount: ['tpr', 'fpr', 'precision'] });
  return r;
}

describe('layoutErrorRates', () => {
  it('states the largest equal-opportunity gap among judged groups, against the reference group', () => {
    const layout = layoutErrorRates(withRates(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(layout.title).toBe('Under Delivery, 20.0% of converters among Women are reached against 50.0% among Men (equal-opportunity difference −30.0 pts)');
  });

  it('draws one dot per group and rate, TPR on its own axis: Women at 0.2 lies a third of the way from 0% to the 60% tick', () => {
    const { marks } = layoutErrorRates(withRates(), { policy: 'delivery', attribute: 'gender' }, size);
    const tpr = marksOf(marks as CircleMark[], 'point point-tpr');
    expect(tpr).toHaveLength(3);
    expect(marksOf(marks as CircleMark[], 'point point-fpr')).toHaveLength(3);
    expect(marksOf(marks as CircleMark[], 'point point-precision')).toHaveLength(3);
    const ticks = (marksOf(marks, 'tick-label') as TextMark[]);
    // linearTicks(0.5, 4) → 0, 20, 40, 60% for the TPR panel (the first four tick labels).
    expect(ticks.slice(0, 4).map((t) => t.text)).toEqual(['0%', '20%', '40%', '60%']);
    const [zero, , , sixty] = ticks;
    expect(round1(tpr[0]!.cx)).toBe(round1(zero!.x + (sixty!.x - zero!.x) / 3));
    // The reference (Men, 0.5) is ruled dashed in each of the three panels.
    const refs = marksOf(marks, 'reference') as LineMark[];
    expect(refs).toHaveLength(3);
    expect(round1(refs[0]!.x1)).toBe(round1(zero!.x + ((sixty!.x - zero!.x) * 5) / 6));
  });

  it('writes the differences in points at the right and draws low-count rates hollow', () => {
    const { marks, table } = layoutErrorRates(withRates(), { policy: 'delivery', attribute: 'gender' }, size);
    expect((marksOf(marks, 'diff-eo') as TextMark[]).map((t) => t.text)).toEqual(['−30.0 pts', 'reference', '−25.0 pts']);
    expect((marksOf(marks, 'diff-odds') as TextMark[]).map((t) => t.text)).toEqual(['30.0 pts', '', '25.0 pts']);
    const nb = marksOf(marks as CircleMark[], 'point point-tpr')[2]!;
    expect(nb.fill).toBe('#ffffff');
    expect(table.columns).toContain('Equal-opportunity difference');
    expect(table.rows[0]).toEqual(['Women', '500', '100', '20.0%', '[0.130, 0.290]', '4.0%', 'n/a', '45.0%', 'n/a', '−30.0 pts', '30.0 pts']);
    expect(table.rows[1]![0]).toBe('Men (ref.)');
  });

  it('every text mark stays inside the drawing, at widths from a phone to a desk', () => {
    for (const width of [340, 600, 900, 1400]) {
      const { marks } = layoutErrorRates(withRates(), { policy: 'delivery', attribute: 'gender' }, { width, height: 300, fontSize: 12 });
      for (const t of marksOf(marks, 'group-label') as TextMark[]) expect(t.x).toBeLessThanOrEqual(width);
      for (const c of marks.filter((m): m is CircleMark => m.kind === 'circle')) expect(c.cx).toBeLessThanOrEqual(width);
    }
  });

  it('formatPoints signs differences and rounds to a tenth of a point', () => {
    expect(formatPoints(0.0834)).toBe('+8.3 pts');
    expect(formatPoints(-0.0004)).toBe('0.0 pts');
    expect(formatPoints(null)).toBe('n/a');
  });
});

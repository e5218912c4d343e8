import { describe, expect, it } from 'vitest';
import { layoutDisparity } from '../../src/charts/disparity/layout';
import type { CircleMark, LineMark, RectMark, TextMark } from '../../src/charts/marks';
import { fixture, marksOf, round1 } from './fixture';

const size = { width: 640, height: 360, fontSize: 12 };

// Domain: the smallest interval end 0.3 / 1.15 to the largest 3 × 1.15. Plot from 93.6 (label
// 81.6 + 12) to 436 (640 − verdict column capped at 0.3 × 640 = 192 − 12).
const lo = Math.log(0.3 / 1.15);
const hi = Math.log(3 * 1.15);
const x = (v: number) => 93.6 + ((Math.log(v) - lo) / (hi - lo)) * (436 - 93.6);

describe('layoutDisparity', () => {
  it('states the group furthest from parity and the side of the band it falls on', () => {
    const layout = layoutDisparity(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(layout.title).toBe('Under Delivery, Women has a representation ratio of 0.62, below the 0.8–1.25 band');
  });

  it('places dots on a log scale, with the band shaded between 0.8 and 1.25', () => {
    const { marks } = layoutDisparity(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    const points = marksOf(marks, 'point') as CircleMark[];
    expect(points).toHaveLength(3);
    expect(round1(points[0]!.cx)).toBe(round1(x(0.62)));
    expect(round1(points[1]!.cx)).toBe(round1(x(0.67 / 0.48)));
    const [band] = marksOf(marks, 'band') as RectMark[];
    expect(round1(band!.x)).toBe(round1(x(0.8)));
    expect(round1(band!.x + band!.width)).toBe(round1(x(1.25)));
    const [parity] = marksOf(marks, 'parity') as LineMark[];
    expect(round1(parity!.x1)).toBe(round1(x(1)));
    expect((marksOf(marks, 'tick-label') as TextMark[]).map((t) => t.text)).toEqual(['0.5', '0.8', '1', '1.25', '2']);
  });

  it('draws the Wilson intervals as whiskers and a too-small group as a hollow dot', () => {
    const { marks } = layoutDisparity(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    const whiskers = marksOf(marks, 'whisker') as LineMark[];
    expect(whiskers).toHaveLength(3);
    expect(round1(whiskers[0]!.x1)).toBe(round1(x(0.45)));
    expect(round1(whiskers[0]!.x2)).toBe(round1(x(0.8)));
    const points = marksOf(marks, 'point') as CircleMark[];
    expect(points[0]!.fill).toBe('#D55E00');
    expect(points[2]).toMatchObject({ fill: '#ffffff', stroke: '#5c636b' });
    expect((marksOf(marks, 'verdict') as TextMark[])[2]!.text).toBe('too small to judge (n = 20)');
  });

  it('names the reference group when drawing disparate impact', () => {
    const results = fixture();
    results.policies[0]!.slices[0]!.groups[1]!.isReference = true;
    const layout = layoutDisparity(results, { policy: 'delivery', attribute: 'gender', metric: 'disparateImpact' }, size);
    expect(layout.title).toBe('Under Delivery, Women has a disparate impact of 0.62 against Men, below the 0.8–1.25 band');
    expect(layout.table.rows[1]![0]).toBe('Men (reference)');
  });

  it('writes "no value" instead of a dot where the ratio is null', () => {
    const layout = layoutDisparity(fixture(), { policy: 'none', attribute: 'gender' }, size);
    expect(layout.title).toBe('None: no Gender group can be judged on representation ratio');
    expect(marksOf(layout.marks, 'point')).toHaveLength(0);
    expect(marksOf(layout.marks, 'no-value')).toHaveLength(3);
  });

  it('says every judged group is within the band when it is', () => {
    const layout = layoutDisparity(fixture(), { policy: 'random', attribute: 'gender' }, size);
    expect(layout.title).toBe('Under Random, every judged Gender group has a representation ratio within 0.8–1.25');
  });
});

describe('layoutDisparity with replicates', () => {
  it("draws a learned policy's replicate mean and t-interval, the interval its verdict read, and says so", () => {
    const results = fixture();
    results.replicates = 20;
    const slice = results.policies.find((p) => p.id === 'delivery')!.slices.find((s) => s.attribute === 'gender')!;
    const women = slice.groups[0]!;
    women.intervalKind = 'replicates';
    women.spread = { representationRatio: { mean: 0.7, low: 0.6, high: 0.75, sd: 0.1, count: 20, predictionLow: 0.49, predictionHigh: 0.91 } };
    const layout = layoutDisparity(results, { policy: 'delivery', attribute: 'gender' }, size);
    const [point] = marksOf(layout.marks, 'point') as CircleMark[];
    const [whisker] = marksOf(layout.marks, 'whisker') as LineMark[];
    const xs = [point!.cx, whisker!.x1, whisker!.x2];
    // The whisker spans the t-interval around the mean (positions on the log scale keep the order).
    expect(xs[1]! < xs[0]! && xs[0]! < xs[2]!).toBe(true);
    expect(layout.table.rows[0]!.slice(3, 5)).toEqual(['0.70', '[0.60, 0.75]']);
    expect(layout.description).toContain('the dot is the mean over 20 replicates and the whisker its 95% t-interval');
  });
});

import { describe, expect, it } from 'vitest';
import { layoutIntersectionHeatmap } from '../../src/charts/intersection-heatmap/layout';
import type { RectMark, TextMark } from '../../src/charts/marks';
import { textWidth } from '../../src/charts/marks';
import { fixture, marksOf, round1 } from './fixture';

const size = { width: 640, height: 360, fontSize: 12 };

describe('layoutIntersectionHeatmap', () => {
  it('states the intersection group furthest from parity', () => {
    const layout = layoutIntersectionHeatmap(fixture(), { policy: 'delivery' }, size);
    // 0.5 and 2 are equally far from 1 on a log scale; the first in category order wins.
    expect(layout.title).toBe('Under Delivery, Women aged Young is reached at 0.50× its share of the population, the furthest from parity of 4 judged groups');
  });

  it('lays the cells out as gender rows × age columns', () => {
    const { marks } = layoutIntersectionHeatmap(fixture(), { policy: 'delivery', intersection: 'gender×age' }, size);
    const cells = marksOf(marks, 'cell') as RectMark[];
    expect(cells).toHaveLength(6);
    // Left margin 81.6 ("Non-binary" + 12); two columns of (640 − 81.6 − 12) / 2 = 273.2; three
    // rows of (324 − 40.8) / 3 = 94.4; cells inset by 1.
    expect([round1(cells[1]!.x), round1(cells[1]!.y)]).toEqual([355.8, 41.8]);
    expect([round1(cells[4]!.x), round1(cells[4]!.y)]).toEqual([82.6, 230.6]);
    expect((marksOf(marks, 'row-label') as TextMark[]).map((t) => t.text)).toEqual(['Women', 'Men', 'Non-binary']);
    expect((marksOf(marks, 'column-label') as TextMark[]).map((t) => t.text)).toEqual(['Young', 'Old']);
  });

  it('colours on a diverging scale centred on 1 and prints each value, — for a null ratio', () => {
    const { marks } = layoutIntersectionHeatmap(fixture(), { policy: 'delivery' }, size);
    const cells = marksOf(marks, 'cell') as RectMark[];
    const values = marksOf(marks, 'cell-value') as TextMark[];
    expect(values.map((v) => v.text)).toEqual(['0.50', '0.74', '2.00', '1.00', '—', '1.50']);
    expect(cells[3]!.fill).toBe('#f3eeea'); // PuOr's near-white middle for a ratio of exactly 1
    expect(cells[0]!.fill).toBe('#7f3b08'); // darkest orange: 0.5 is the largest distance below 1
    expect(cells[2]!.fill).toBe('#2d004b'); // darkest purple for 2
    expect(values[0]!.fill).toBe('#ffffff');
    expect(values[3]!.fill).toBe('#1f2328');
  });

  it('hatches the too-small cells only', () => {
    const { marks } = layoutIntersectionHeatmap(fixture(), { policy: 'delivery' }, size);
    const cells = marksOf(marks, 'cell') as RectMark[];
    expect(cells.map((c) => Boolean(c.hatch))).toEqual([false, false, false, false, true, true]);
  });

  it('says so when the policy has no intersection slice', () => {
    const layout = layoutIntersectionHeatmap(fixture(), { policy: 'random' }, size);
    expect(layout.title).toBe('No intersection of attributes was audited');
    expect(marksOf(layout.marks, 'cell')).toHaveLength(0);
  });

  it('wraps its legend in a narrow large-text chart so that no legend label overlaps another or leaves the chart', () => {
    const narrow = { width: 520, height: 340, fontSize: 18 };
    const { marks } = layoutIntersectionHeatmap(fixture(), { policy: 'delivery', intersection: 'gender×age' }, narrow);
    const labels = marksOf(marks, 'legend-label') as TextMark[];
    expect(labels.map((l) => l.text)).toEqual(['0.5×', '0.8×', '1×', '1.25×', '2×', 'too small']);
    const end = (l: TextMark) => l.x + textWidth(l.text, l.fontSize);
    for (const l of labels) expect(end(l)).toBeLessThanOrEqual(narrow.width);
    for (let i = 1; i < labels.length; i++) if (labels[i]!.y === labels[i - 1]!.y) expect(labels[i]!.x).toBeGreaterThan(end(labels[i - 1]!));
    // The cells end above the legend's first line.
    const cells = marksOf(marks, 'cell') as RectMark[];
    expect(Math.max(...cells.map((c) => c.y + c.height))).toBeLessThan(Math.min(...labels.map((l) => l.y)) - narrow.fontSize);
  });
});

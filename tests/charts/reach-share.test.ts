import { describe, expect, it } from 'vitest';
import { layoutReachShare } from '../../src/charts/reach-share/layout';
import type { RectMark, TextMark } from '../../src/charts/marks';
import { fixture, marksOf, round1 } from './fixture';

const size = { width: 640, height: 360, fontSize: 12 };

describe('layoutReachShare', () => {
  it('states the worst group of the policy as the finding', () => {
    const layout = layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(layout.title).toBe('Delivery reaches Women at 0.62× their share of the population');
  });

  it('draws one population bar and one reach bar per group, scaled to the axis end (0.8, the first tick above the largest share 0.67)', () => {
    const { marks } = layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    const population = marksOf(marks, 'bar-population') as RectMark[];
    const reach = marksOf(marks, 'bar-reach') as RectMark[];
    expect(population).toHaveLength(3);
    expect(reach).toHaveLength(3);
    // Left margin: "Non-binary" is 10 chars × 12 × 0.58 = 69.6, + 12 = 81.6. Right margin: the
    // longest verdict "too small to judge (n = 20)" is 27 × 6.96 = 187.92, + 12 → plot ends at 440.08.
    expect(round1(reach[0]!.x)).toBe(81.6);
    expect(round1(reach[0]!.width)).toBe(round1((0.31 / 0.8) * (440.08 - 81.6)));
    expect(round1(reach[1]!.width)).toBe(round1((0.67 / 0.8) * (440.08 - 81.6)));
    expect(round1(population[0]!.width)).toBe(round1((0.5 / 0.8) * (440.08 - 81.6)));
    expect(reach[0]!.fill).toBe('#0072B2');
  });

  it('writes each verdict as text, in bold and vermillion for the harmed group', () => {
    const { marks } = layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    const verdicts = marksOf(marks, 'verdict') as TextMark[];
    expect(verdicts.map((v) => v.text)).toEqual(['▼ excluded · 0.62×', '▲ over-targeted · 1.40×', 'too small to judge (n = 20)']);
    expect(verdicts[0]).toMatchObject({ fill: '#D55E00', bold: true });
    expect(verdicts[1]!.bold).toBe(false);
  });

  it('says every group is within the band when the worst judged ratio is inside it', () => {
    const layout = layoutReachShare(fixture(), { policy: 'random', attribute: 'gender' }, size);
    expect(layout.title).toBe('Random reaches every judged Gender group within 0.8–1.25× of its population share');
  });

  it('draws no reach bars and says nothing can be judged when no one was reached (null ratios)', () => {
    const layout = layoutReachShare(fixture(), { policy: 'none', attribute: 'gender' }, size);
    expect(layout.title).toBe('None: no Gender group can be judged');
    expect(marksOf(layout.marks, 'bar-reach')).toHaveLength(0);
    expect(layout.table.rows[0]).toEqual(['Women', '500', '50.0%', '0', 'n/a', 'n/a', 'n/a', 'not comparable']);
  });

  it('puts the numbers in the data table, one row per group', () => {
    const { table } = layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(table.rows[1]).toEqual(['Men', '480', '48.0%', '67', '67.0%', '1.40×', '[1.20, 1.60]', '▲ over-targeted']);
  });
});

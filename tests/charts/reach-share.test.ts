import { describe, expect, it } from 'vitest';
import { layoutReachShare } from '../../src/charts/reach-share/layout';
import type { RectMark, TextMark } from '../../src/charts/marks';
import { textWidth } from '../../src/charts/marks';
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
    // Left margin: "Non-binary" is 10 chars × 12 × 0.58 = 69.6, + 1.5 × 12 = 87.6. Right margin: the
    // longest verdict "too small to judge (n = 20)" is 27 × 6.96 = 187.92, + 12 → plot ends at 440.08.
    expect(round1(reach[0]!.x)).toBe(87.6);
    expect(round1(reach[0]!.width)).toBe(round1((0.31 / 0.8) * (440.08 - 87.6)));
    expect(round1(reach[1]!.width)).toBe(round1((0.67 / 0.8) * (440.08 - 87.6)));
    expect(round1(population[0]!.width)).toBe(round1((0.5 / 0.8) * (440.08 - 87.6)));
    expect(reach[0]!.fill).toBe('#0072B2');
  });

  it('writes each verdict as text, in bold and vermillion for the harmed group', () => {
    const { marks } = layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    const verdicts = marksOf(marks, 'verdict') as TextMark[];
    expect(verdicts.map((v) => v.text)).toEqual(['▼ excluded · 0.62×', '▲ over-targeted · 1.40×', 'too small to judge (n = 20)']);
    // The darker vermillion of VERDICT_TEXT: 4.5:1 or more on white.
    expect(verdicts[0]).toMatchObject({ fill: '#9e3d00', bold: true });
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

  it('wraps the legend and cuts a long policy label with an ellipsis and a tooltip, inside a side-by-side chart (520 wide)', () => {
    const results = fixture();
    const long = 'Platform delivery optimising clicks per price, with a lookalike seed of last year\'s applicants';
    results.policies = results.policies.map((p) => (p.id === 'delivery' ? { ...p, label: long } : p));
    const pair = { width: 520, height: 340, fontSize: 12 };
    const { marks } = layoutReachShare(results, { policy: 'delivery', attribute: 'gender' }, pair);
    const labels = marksOf(marks, 'legend-label') as TextMark[];
    expect(labels).toHaveLength(2);
    // The second entry does not fit after the first: it starts a second line, 1.35 × 12 lower.
    expect(round1(labels[1]!.y - labels[0]!.y)).toBe(16.2);
    expect(labels[1]!.text.endsWith('…')).toBe(true);
    expect(labels[1]!.tooltip).toBe(`Share of the people ${long} reached`);
    for (const label of labels) expect(label.x + textWidth(label.text, label.fontSize)).toBeLessThanOrEqual(pair.width);
    // The bars start below the second legend line.
    const firstBar = (marksOf(marks, 'bar-population') as RectMark[])[0]!;
    expect(firstBar.y).toBeGreaterThan(labels[1]!.y + 12);
  });

  it('keeps a short legend on one line with its labels whole', () => {
    const labels = marksOf(layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, size).marks, 'legend-label') as TextMark[];
    expect(labels.map((l) => l.text)).toEqual(['Share of the population', 'Share of the people Delivery reached']);
    expect(labels[0]!.y).toBe(labels[1]!.y);
    expect(labels[1]!.tooltip).toBeUndefined();
  });

  it('puts a verdict on two lines when its column is too narrow (large text, side by side), and keeps it inside the chart', () => {
    const large = { width: 520, height: 340, fontSize: 18 };
    const verdicts = marksOf(layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, large).marks, 'verdict') as TextMark[];
    expect(verdicts.map((v) => v.text)).toEqual(['▼ excluded', '0.62×', '▲ over-targeted', '1.40×', 'too small to ju…', '(n = 20)']);
    // Still too wide on its own line, the longest is cut; every part keeps the whole verdict as a tooltip.
    expect(verdicts[1]!.tooltip).toBe('▼ excluded · 0.62×');
    expect(verdicts[4]!.tooltip).toBe('too small to judge (n = 20)');
    for (const v of verdicts) expect(v.x + textWidth(v.text, v.fontSize)).toBeLessThanOrEqual(large.width);
  });
});

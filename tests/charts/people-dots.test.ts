import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutPeopleDots } from '../../src/charts/people-dots/layout';
import type { CircleMark, TextMark } from '../../src/charts/marks';
import { fixture, marksOf, round1 } from './fixture';

const size = { width: 640, height: 360, fontSize: 12 };

describe('layoutPeopleDots', () => {
  it('headlines the whole population: the judged groups reached most and least, not the sample', () => {
    // The sample says Men 2 of 3, Non-binary 0 of 1; the population says Men 67 of 480 (14.0%),
    // Women 31 of 500 (6.2%), and Non-binary (20 people) is too small to judge.
    const layout = layoutPeopleDots(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(layout.title).toBe('Of all 1,000 people, Delivery reached 14.0% of Men but 6.2% of Women');
    expect(layout.notes).toEqual(['Each dot is one synthetic person; filled = saw the ad.']);
  });

  it('draws one dot per person, filled when reached, reached people first in each row', () => {
    const { marks } = layoutPeopleDots(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    const filled = marksOf(marks, 'dot-reached') as CircleMark[];
    const hollow = marksOf(marks, 'dot-unreached') as CircleMark[];
    expect([filled.length, hollow.length]).toEqual([3, 5]);
    expect(hollow.every((d) => d.fill === '#ffffff')).toBe(true);
    // Cells of 1.6 × 12 = 19.2 fit; the first Women dot is the reached one, in the first cell
    // under the legend (24) and the row label (19.2).
    expect([round1(filled[0]!.cx), round1(filled[0]!.cy)]).toEqual([15.6, 52.8]);
    expect((marksOf(marks, 'group-label') as TextMark[]).map((t) => t.text)).toEqual([
      'Women: 6.2% of 500 reached · sample 1 of 4',
      'Men: 14.0% of 480 reached · sample 2 of 3',
      'Non-binary: 10.0% of 20 reached · sample 0 of 1',
    ]);
  });

  it('says so when the sample is empty', () => {
    const results = fixture();
    results.sample = { count: 0, categories: { gender: [] }, values: {}, converts: [], selected: { delivery: [] }, score: {} };
    const layout = layoutPeopleDots(results, { policy: 'delivery', attribute: 'gender' }, size);
    expect(layout.title).toBe('No people in the sample to draw');
    expect(marksOf(layout.marks, 'dot-reached')).toHaveLength(0);
  });

  it('draws exactly one dot per sampled person, inside the chart, for any sample', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('f', 'm', 'x', 'other'), fc.boolean()), { minLength: 1, maxLength: 700 }), (people) => {
        const results = fixture();
        results.sample = {
          count: people.length, categories: { gender: people.map(([g]) => g) }, values: {}, converts: [],
          selected: { delivery: people.map(([, s]) => (s ? 1 : 0)) }, score: {},
        };
        const { marks, height } = layoutPeopleDots(results, { policy: 'delivery', attribute: 'gender' }, size);
        const filled = marksOf(marks, 'dot-reached') as CircleMark[];
        const hollow = marksOf(marks, 'dot-unreached') as CircleMark[];
        expect(filled.length).toBe(people.filter(([, s]) => s).length);
        expect(filled.length + hollow.length).toBe(people.length);
        for (const dot of [...filled, ...hollow]) {
          expect(dot.cx + dot.r).toBeLessThanOrEqual(640);
          expect(dot.cy + dot.r).toBeLessThanOrEqual(height);
          // Dots never shrink below 0.8 em across (the chart grows instead).
          expect(dot.r).toBeGreaterThanOrEqual(12 * 0.8 * 0.38 - 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('draws bigger dots in Large text (font × 1.4, chart × 1.25 taller), never under 0.8 em', () => {
    const results = fixture();
    const people = Array.from({ length: 600 }, (_, i) => ['f', 'm', 'x'][i % 3]!);
    results.sample = { count: 600, categories: { gender: people }, values: {}, converts: [], selected: { delivery: people.map((_, i) => i % 4 === 0 ? 1 : 0) }, score: {} };
    const radius = (fontSize: number, height: number) => (marksOf(layoutPeopleDots(results, { policy: 'delivery', attribute: 'gender' }, { width: 640, height, fontSize }).marks, 'dot-reached') as CircleMark[])[0]!.r;
    expect(radius(21, 450)).toBeGreaterThan(radius(15, 360));
    expect(radius(21, 450)).toBeGreaterThanOrEqual(21 * 0.8 * 0.38);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutPeopleDots } from '../../src/charts/people-dots/layout';
import type { CircleMark, TextMark } from '../../src/charts/marks';
import { fixture, marksOf, round1 } from './fixture';

const size = { width: 640, height: 360, fontSize: 12 };

describe('layoutPeopleDots', () => {
  it('states the highest and lowest reached share among the sampled groups', () => {
    // Women 1 of 4, Men 2 of 3, Non-binary 0 of 1.
    const layout = layoutPeopleDots(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(layout.title).toBe('In a sample of 8 people, Delivery reached 67% of Men but 0% of Non-binary');
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
      'Women: 1 of 4 reached (25%)',
      'Men: 2 of 3 reached (67%)',
      'Non-binary: 0 of 1 reached (0%)',
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
        const { marks } = layoutPeopleDots(results, { policy: 'delivery', attribute: 'gender' }, size);
        const filled = marksOf(marks, 'dot-reached') as CircleMark[];
        const hollow = marksOf(marks, 'dot-unreached') as CircleMark[];
        expect(filled.length).toBe(people.filter(([, s]) => s).length);
        expect(filled.length + hollow.length).toBe(people.length);
        for (const dot of [...filled, ...hollow]) {
          expect(dot.cx + dot.r).toBeLessThanOrEqual(640);
          expect(dot.cy + dot.r).toBeLessThanOrEqual(360);
        }
      }),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRule } from '../../src/core/rules';
import type { Predicate, Scenario } from '../../src/core/scenario/types';
import { buildChunks } from '../selection/chunk-fixture';

const scenario = {
  population: {
    size: 6,
    attributes: [
      { id: 'colour', type: 'categorical', protected: false, categories: [{ id: 'r' }, { id: 'g' }, { id: 'b' }] },
      { id: 'income', type: 'numeric', protected: false, distribution: { kind: 'normal', mean: 0, sd: 1 } },
    ],
  },
} as unknown as Scenario;

const colour = [0, 1, 2, 0, 1, 2];
const income = [10, 20, 30, 40, 50, 60];
// Observed values differ from true ones: rules must read the true values.
const [chunk] = buildChunks(6, [6], { codes: { colour }, values: { income }, observed: { income: income.map((v) => -v) } });
const match = (include: Predicate[], exclude: Predicate[] = []) => Array.from(matchRule({ include, exclude }, scenario, chunk!));

describe('matchRule', () => {
  it('matchRule with no predicates matches everyone', () => {
    expect(match([])).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('matchRule with a category list matches people in those categories', () => {
    expect(match([{ attribute: 'colour', in: ['r', 'b'] }])).toEqual([1, 0, 1, 1, 0, 1]);
  });

  it('matchRule with min and max on a numeric attribute is inclusive on the true values', () => {
    expect(match([{ attribute: 'income', min: 20, max: 40 }])).toEqual([0, 1, 1, 1, 0, 0]);
    expect(match([{ attribute: 'income', max: 20 }])).toEqual([1, 1, 0, 0, 0, 0]);
  });

  it('matchRule with include and exclude keeps matches of every include and none of the excludes', () => {
    expect(match([{ attribute: 'colour', in: ['r', 'g'] }, { attribute: 'income', min: 15 }], [{ attribute: 'income', min: 45, max: 55 }])).toEqual([
      0, 1, 0, 1, 0, 0,
    ]);
  });

  it('matchRule rejects an unknown attribute and a category list on a numeric attribute', () => {
    expect(() => match([{ attribute: 'nope', in: ['r'] }])).toThrow(/unknown attribute "nope"/);
    expect(() => match([{ attribute: 'income', in: ['r'] }])).toThrow(/numeric/);
  });

  it('matchRule of a rule equals the AND of its includes and the AND-NOT of its excludes, for any predicates', () => {
    const predicate: fc.Arbitrary<Predicate> = fc.oneof(
      fc.record({ attribute: fc.constant('colour'), in: fc.subarray(['r', 'g', 'b'], { minLength: 1 }) }),
      fc.record({ attribute: fc.constant('income'), min: fc.integer({ min: 0, max: 70 }), max: fc.integer({ min: 0, max: 70 }) }),
    );
    fc.assert(
      fc.property(fc.array(predicate, { maxLength: 4 }), fc.array(predicate, { maxLength: 4 }), (include, exclude) => {
        const expected = new Array(6).fill(1);
        for (const p of include) match([p]).forEach((m, i) => (expected[i] &= m));
        for (const p of exclude) match([p]).forEach((m, i) => (expected[i] &= 1 - m));
        expect(match(include, exclude)).toEqual(expected);
      }),
    );
  });

  it('matchRule equals testing every person against every predicate directly (category tables and range loops)', () => {
    const ids = ['r', 'g', 'b'];
    const predicate: fc.Arbitrary<Predicate> = fc.oneof(
      fc.record({ attribute: fc.constant('colour'), in: fc.subarray(ids, { minLength: 1 }) }),
      fc.record({ attribute: fc.constant('income'), min: fc.integer({ min: 0, max: 70 }), max: fc.integer({ min: 0, max: 70 }) }, { requiredKeys: ['attribute'] }),
    );
    const holds = (p: Predicate, i: number) =>
      'in' in p ? p.in.includes(ids[colour[i]!]!) : income[i]! >= (p.min ?? -Infinity) && income[i]! <= (p.max ?? Infinity);
    fc.assert(
      fc.property(fc.array(predicate, { maxLength: 3 }), fc.array(predicate, { maxLength: 3 }), (include, exclude) => {
        const expected = colour.map((_, i) => (include.every((p) => holds(p, i)) && !exclude.some((p) => holds(p, i)) ? 1 : 0));
        expect(match(include, exclude)).toEqual(expected);
      }),
    );
  });
});

/**
 * exactExp (population/exp.ts) is Math.exp bit for bit: fdlibm's algorithm written out in
 * JavaScript. Checked on random doubles over the whole range, at every threshold of the algorithm
 * and one double either side, and on the values generation feeds it (logits, log-normals).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactExp } from '../../src/core/population/exp';

/** x and the doubles just below and above it. */
function around(x: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return [bits - 1n, bits, bits + 1n].map((b) => (view.setBigInt64(0, b), view.getFloat64(0)));
}

const same = (xs: number[]) => xs.filter((x) => !Object.is(exactExp(x), Math.exp(x))).map((x) => ({ x, got: exactExp(x), want: Math.exp(x) }));

describe('exactExp', () => {
  it('equals Math.exp on random doubles of every size and sign', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 200 }), (xs) => {
        expect(same(xs)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('equals Math.exp on the ranges generation uses (logits, log-normal draws, noise)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -40, max: 40, noNaN: true }), { minLength: 1, maxLength: 500 }), (xs) => {
        expect(same(xs)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('equals Math.exp at each threshold of the algorithm and one double either side', () => {
    const ln2 = Math.LN2;
    const cuts = [0, 2 ** -28, 0.5 * ln2, 0.3465735912322998, 1.5 * ln2, 1.0397205352783203, 1, 2, 700, 708, 709.782712893384, 745.1332191019411];
    for (let k = -1100; k <= 1100; k++) cuts.push(k * ln2, (k + 0.5) * ln2);
    const xs = cuts.flatMap((c) => [...around(c), ...around(-c)]);
    expect(same([...xs, NaN, Infinity, -Infinity, -0, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE])).toEqual([]);
  });
});

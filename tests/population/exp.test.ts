/**
 * exactExp (population/exp.ts) is Math.exp bit for bit: fdlibm's algorithm written out in
 * JavaScript. Checked on random doubles over the whole range, at every threshold of the algorithm
 * and one double either side, and on the values generation feeds it (logits, log-normals).
 * nearExp is within the relative error its callers rely on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactExp, NEAR_MARGIN, nearExp, settledF32 } from '../../src/core/population/exp';

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

describe('nearExp', () => {
  it('is within a relative 2^-40 of e^x for |x| < 700', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -699.999, max: 699.999, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })), { minLength: 1, maxLength: 500 }), (xs) => {
        const worst = Math.max(...xs.map((x) => Math.abs(nearExp(x) / Math.exp(x) - 1)));
        expect(worst).toBeLessThan(2 ** -40);
      }),
      { numRuns: 300 },
    );
  });

  it('is within 2^-40 where its remainder is largest (halfway between table steps) and its reduction coarsest (|x| near 700)', () => {
    const step = Math.LN2 / 256;
    const xs: number[] = [];
    for (let j = 0; j < 20_000; j++) {
      const x = (Math.floor(699.9 / step) - j - 0.5) * step;
      xs.push(x, -x, (j - 10_000 + 0.5) * step);
    }
    const worst = Math.max(...xs.map((x) => Math.abs(nearExp(x) / Math.exp(x) - 1)));
    expect(worst).toBeLessThan(2 ** -40);
    // And the bound is not loose by orders of magnitude: the degree-3 remainder alone is ~2^-43.
    expect(worst).toBeGreaterThan(2 ** -46);
  });
});

describe('settledF32', () => {
  it('is the Float32 of every value within a relative NEAR_MARGIN of its argument, or NaN', () => {
    // m anywhere, and at a point where Float32 rounding changes (the midpoint of two neighbours).
    const mid = fc.float({ noNaN: true, noDefaultInfinity: true }).map((f) => {
      const next = new Float32Array([f]);
      new Uint32Array(next.buffer)[0]! += 1;
      return (f + next[0]!) / 2;
    });
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), mid), fc.double({ min: -1, max: 1, noNaN: true }), (m, t) => {
        const s = settledF32(m);
        const other = m * (1 + t * NEAR_MARGIN);
        if (s === s) expect(Object.is(s, Math.fround(other)) || (s === 0 && Math.fround(other) === 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is NaN at a Float32 midpoint and for NaN, and the Float32 elsewhere', () => {
    expect(settledF32(NaN)).toBeNaN();
    expect(settledF32(1 + 2 ** -24)).toBeNaN(); // halfway between 1 and the next Float32
    expect(settledF32(0.1)).toBe(Math.fround(0.1));
    expect(settledF32(0.5)).toBe(0.5);
    expect(settledF32(Infinity)).toBe(Infinity);
  });
});

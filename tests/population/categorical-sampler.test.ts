import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { categoricalSampler, GUIDE_BUCKETS, GUIDE_BUCKETS_WIDE, GUIDE_SCAN, sampleCategorical } from '../../src/core/population/categorical-sampler';
import type { Rng } from '../../src/core/random/stream';
import type { CategoricalAttribute } from '../../src/core/scenario';

/** An Rng that returns the given uniforms in order. */
function fixedRng(uniforms: number[]): Rng {
  let i = 0;
  return { next: () => uniforms[i++]!, normal: () => { throw new Error('not used'); } };
}

function attribute(id: string, k: number, extra: Partial<CategoricalAttribute>): CategoricalAttribute {
  return { id, type: 'categorical', protected: false, categories: Array.from({ length: k }, (_, j) => ({ id: `c${j}` })), ...extra };
}

describe('sampleCategorical', () => {
  it('maps uniforms to categories by cumulative weight: weights [1, 3] cut at 0.25', () => {
    const s = categoricalSampler(attribute('a', 2, { weights: [1, 3] }), new Map());
    const out = new Uint8Array(5);
    sampleCategorical(s, fixedRng([0, 0.2499999, 0.25, 0.9, 0.9999999]), 5, {}, out);
    expect(Array.from(out)).toEqual([0, 0, 1, 1, 1]);
  });

  it('skips zero-weight categories, including at the end: weights [0, 1, 0, 1, 0] cut at 0.5', () => {
    const s = categoricalSampler(attribute('a', 5, { weights: [0, 1, 0, 1, 0] }), new Map());
    const out = new Uint8Array(4);
    sampleCategorical(s, fixedRng([0, 0.4999999, 0.5, 0.9999999]), 4, {}, out);
    expect(Array.from(out)).toEqual([1, 1, 3, 3]);
  });

  it('reads the table row of each person\'s parent categories, first parent most significant', () => {
    const p = attribute('p', 2, { weights: [1, 1] });
    const q = attribute('q', 3, { weights: [1, 1, 1] });
    // Row "c1|c2" puts everyone in category 1; every other row in category 0.
    const table: Record<string, number[]> = {};
    for (const a of ['c0', 'c1']) for (const b of ['c0', 'c1', 'c2']) table[`${a}|${b}`] = a === 'c1' && b === 'c2' ? [0, 1] : [1, 0];
    const child = attribute('child', 2, { given: ['p', 'q'], table });
    const s = categoricalSampler(child, new Map([['p', p], ['q', q]]));
    const codes = { p: Uint8Array.from([1, 1, 0, 0]), q: Uint8Array.from([2, 1, 2, 0]) };
    const out = new Uint8Array(4);
    sampleCategorical(s, fixedRng([0.5, 0.5, 0.5, 0.5]), 4, codes, out);
    expect(Array.from(out)).toEqual([1, 0, 0, 0]);
  });
});

describe('categoricalSampler guide', () => {
  it('flags only the bucket that holds a cut: weights [1, 2] cut at 1/3, inside bucket 85 of 256', () => {
    const s = categoricalSampler(attribute('a', 2, { weights: [1, 2] }), new Map());
    expect(s.buckets).toBe(GUIDE_BUCKETS);
    expect(GUIDE_BUCKETS).toBe(256);
    // 85/256 ≈ 0.33203 ≤ 1/3 < 86/256 ≈ 0.33594: bucket 85 starts in category 0 and may end in 1.
    const expected = Array.from({ length: 256 }, (_, b) => (b < 85 ? 0 : b === 85 ? GUIDE_SCAN : 1));
    expect(Array.from(s.guide)).toEqual(expected);
  });

  it('flags no bucket when every cut is a bucket edge: weights [1, 3] cut at 1/4 = 64/256', () => {
    const s = categoricalSampler(attribute('a', 2, { weights: [1, 3] }), new Map());
    expect(Array.from(s.guide)).toEqual(Array.from({ length: 256 }, (_, b) => (b < 64 ? 0 : 1)));
  });

  it('keeps 64 buckets a row with several parents (tables of up to 4,096 rows)', () => {
    const p = attribute('p', 2, { weights: [1, 1] });
    const table = { 'c0|c0': [1, 2], 'c0|c1': [1, 3], 'c1|c0': [1, 3], 'c1|c1': [1, 3] };
    const s = categoricalSampler(attribute('child', 2, { given: ['p', 'q'], table }), new Map([['p', p], ['q', { ...p, id: 'q' }]]));
    expect(s.buckets).toBe(GUIDE_BUCKETS_WIDE);
    expect(s.guide.length).toBe(4 * 64);
    // Row 0 cuts at 1/3, inside bucket 21 of 64 (21/64 ≈ 0.328, 22/64 ≈ 0.344).
    expect(Array.from(s.guide.subarray(0, 64))).toEqual(Array.from({ length: 64 }, (_, b) => (b < 21 ? 0 : b === 21 ? GUIDE_SCAN : 1)));
  });
});

/** The neighbouring doubles of x (x > 0). */
function neighbours(x: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  return [bits - 1n, bits + 1n].map((b) => (view.setBigUint64(0, b), view.getFloat64(0)));
}

describe('sampleCategorical against the plain inverse-CDF scan', () => {
  const weightsArb = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 9 }).filter((w) => w.some((x) => x > 0));

  /** Uniforms at, and one double either side of, every cut of the rows and every guide bucket edge, and random ones. */
  function probes(cumulative: Float64Array, random: number[]): number[] {
    const edges = [...cumulative].filter((c) => c < 1);
    for (let b = 1; b < 256; b++) edges.push(b / 256);
    const at = edges.flatMap((c) => [c, ...neighbours(c)]);
    return [0, ...neighbours(1).slice(0, 1), ...at, ...random].filter((u) => u >= 0 && u < 1);
  }

  const plainScan = (cum: Float64Array, base: number, u: number) => {
    let j = 0;
    while (u >= cum[base + j]!) j++;
    return j;
  };

  it('picks exactly the category of the linear scan, without parents', () => {
    fc.assert(
      fc.property(weightsArb, fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 50 }), (weights, random) => {
        const s = categoricalSampler(attribute('a', weights.length, { weights }), new Map());
        const us = probes(s.cumulative, random);
        const out = new Uint8Array(us.length);
        sampleCategorical(s, fixedRng(us), us.length, {}, out);
        const wrong = us.filter((u, i) => out[i] !== plainScan(s.cumulative, 0, u) || !(weights[out[i]!]! > 0));
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('picks exactly the category of the linear scan in its row, with one and with two parents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 }), fc.array(weightsArb, { minLength: 6, maxLength: 6 }), (parents, rowsWeights) => {
        const p = attribute('p', 2, { weights: [1, 1] });
        const q = attribute('q', 3, { weights: [1, 1, 1] });
        const k = Math.max(...rowsWeights.map((w) => w.length));
        const padded = rowsWeights.map((w) => [...w, ...new Array<number>(k - w.length).fill(0)]);
        const table: Record<string, number[]> = {};
        if (parents === 1) p.categories.forEach((c, a) => (table[c.id] = padded[a]!));
        else p.categories.forEach((c, a) => q.categories.forEach((d, b) => (table[`${c.id}|${d.id}`] = padded[a * 3 + b]!)));
        const child = attribute('child', k, { given: parents === 1 ? ['p'] : ['p', 'q'], table });
        const s = categoricalSampler(child, new Map([['p', p], ['q', q]]));
        const rows = parents === 1 ? 2 : 6;
        // Every probe in every row.
        const us = probes(s.cumulative, []);
        const m = us.length * rows;
        const codes = { p: new Uint8Array(m), q: new Uint8Array(m) };
        const draws: number[] = [];
        for (let r = 0; r < rows; r++)
          us.forEach((u, i) => {
            const at = r * us.length + i;
            if (parents === 1) codes.p[at] = r;
            else [codes.p[at], codes.q[at]] = [Math.floor(r / 3), r % 3];
            draws.push(u);
          });
        const out = new Uint8Array(m);
        sampleCategorical(s, fixedRng(draws), m, codes, out);
        const wrong: number[] = [];
        for (let at = 0; at < m; at++) {
          const r = Math.floor(at / us.length);
          if (out[at] !== plainScan(s.cumulative, r * k, draws[at]!) || !(padded[r]![out[at]!]! > 0)) wrong.push(at);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * The audit's score histograms bin by edges (histogram.ts binEdges): every float32 score must land
 * in exactly the bin binOf's division gives, for any range, including negative and tiny ranges,
 * scores on the edges themselves, and the range's ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binEdges, binOf, chunkHistograms } from '../../src/core/metrics/histogram';
import type { AuditPlan } from '../../src/core/metrics/plan';

const f32 = (x: number) => Math.fround(x);
const finite32 = fc.float({ noNaN: true, noDefaultInfinity: true, min: f32(-1e30), max: f32(1e30) });

/**
 * A plan with attribute slices only (what the histograms read). Few groups in all are counted by
 * joint cells (joint-cells.ts), many (up to 5⁶ combinations) attribute by attribute: both paths.
 */
function plan(groups: number[]): AuditPlan {
  let offset = 1;
  const slices = groups.map((k, a) => {
    const slice = { kind: 'attribute', key: `a${a}`, attributes: [`a${a}`], radices: [k], groupIds: Array.from({ length: k }, (_, g) => `g${g}`), offset };
    offset += k;
    return slice;
  });
  return { slices, cellCount: offset } as unknown as AuditPlan;
}

/** The histogram as binOf defines it, person by person. */
function byDivision(groups: number[], codes: Uint8Array[], s: Float32Array, lo: number, hi: number, bins: number): number[] {
  const A = groups.reduce((a, b) => a + b, 0);
  const out = new Array<number>(A * bins).fill(0);
  for (let i = 0; i < s.length; i++) {
    const v = s[i]!;
    if (v !== v) continue;
    let first = 0;
    groups.forEach((k, a) => {
      out[(first + codes[a]![i]!) * bins + binOf(v, lo, hi, bins)]! += 1;
      first += k;
    });
  }
  return out;
}

describe('score histogram bins by edges', () => {
  it('the edges split [lo, hi] exactly where binOf changes bin', () => {
    fc.assert(
      fc.property(finite32, finite32, fc.integer({ min: 1, max: 64 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 50 }), (a, b, bins, ts) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        fc.pre(hi > lo);
        const edges = binEdges(lo, hi, bins);
        const values = [lo, hi, ...ts.map((t) => f32(lo + t * (hi - lo))), ...Array.from(edges.subarray(1, bins)).filter(Number.isFinite)];
        for (const e of edges.subarray(1, bins)) if (Number.isFinite(e)) values.push(f32(nextDown32(e)));
        for (const v of values) {
          if (!(v >= lo && v <= hi)) continue;
          let b = 0;
          while (b + 1 <= bins - 1 && v >= edges[b + 1]!) b++;
          expect(b).toBe(binOf(v, lo, hi, bins));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('chunkHistograms equals counting binOf person by person (1 to 6 attributes, non-candidates skipped, policies with the same scores)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.option(fc.float({ noNaN: true, noDefaultInfinity: true, min: f32(-3), max: f32(3) }), { nil: Number.NaN }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1 << 30 }),
        (groups, raw, bins, salt) => {
          const s = Float32Array.from(raw);
          const finite = Array.from(s).filter((v) => v === v);
          const lo = finite.length ? Math.min(...finite) : Infinity;
          const hi = finite.length ? Math.max(...finite) : -Infinity;
          const codes = groups.map((k, a) => Uint8Array.from(s, (_, i) => ((i * 2654435761 + salt + a * 40503) >>> 0) % k));
          const record = Object.fromEntries(codes.map((c, a) => [`a${a}`, c]));
          // A second policy with the same scores (copied from the first's histograms) and one with
          // other scores over the same range must each match counting person by person too.
          const other = s.map((v, i) => (i % 3 === 0 ? NaN : v));
          const got = Array.from(chunkHistograms(plan(groups), record, [s, Float32Array.from(s), other], [lo, hi, lo, hi, lo, hi], bins));
          const want = (x: Float32Array) => (hi >= lo ? byDivision(groups, codes, x, lo, hi, bins) : new Array(got.length / 3).fill(0));
          expect(got).toEqual([...want(s), ...want(s), ...want(other)]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** The largest float32 below x (x a finite float32). */
function nextDown32(x: number): number {
  const f = new Float32Array([x]);
  const u = new Uint32Array(f.buffer);
  if (x === 0) return -1.401298464324817e-45;
  u[0] = x > 0 ? u[0]! - 1 : u[0]! + 1;
  return f[0]!;
}

/** countText / roundedCountText (core/text/counts.ts) write exactly what Intl's English formatting writes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText, roundedCountText } from '../../src/core/text/counts';

const edges = [0, -0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, 2 ** 31, 2 ** 53 - 1, -(2 ** 53), 1e20, 1e21, 1.5, -2.5, 0.5, -0.4, 2.675, NaN, Infinity, -Infinity];

describe('countText', () => {
  it("equals toLocaleString('en') at the edges and for any integer or double (fast-check)", () => {
    for (const n of edges) expect(countText(n)).toBe(n.toLocaleString('en'));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.maxSafeInteger(), fc.double(), fc.double({ min: -1e22, max: 1e22 }).map(Math.round)), (n) => {
        expect(countText(n)).toBe(n.toLocaleString('en'));
      }),
      { numRuns: 3000 },
    );
  });

  it("roundedCountText equals toLocaleString('en', { maximumFractionDigits: 0 }) (fast-check)", () => {
    const intl = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 0 });
    for (const n of edges) expect(roundedCountText(n)).toBe(intl(n));
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.double({ min: -1e6, max: 1e6 }), fc.integer().map((i) => i + 0.5)), (n) => {
        expect(roundedCountText(n)).toBe(intl(n));
      }),
      { numRuns: 3000 },
    );
  });
});

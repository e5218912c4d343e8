/**
 * keepInPrefix (selection/narrow.ts), the narrowing's hot loop, picks the key word of the next
 * byte by masks instead of branches: it must keep exactly the people whose key starts with the
 * prefix and count them by keyByte (sort-key.ts) at every depth, the index word's bytes included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepInPrefix, prefixTests } from '../../src/core/selection/narrow';
import { indexWord, keyByte } from '../../src/core/selection/sort-key';

describe('keepInPrefix', () => {
  it('keeps the people inside the prefix and counts their next key byte as keyByte does, at depths 0–11', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 11 }), fc.nat(1_000_000), fc.integer(), (n, depth, start, seed) => {
        let x = seed >>> 0;
        const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
        // Few distinct words, so many people share long prefixes (ties in score and tie word too).
        const pool = [next() | 1, next() | 1, next() | 1];
        const w0 = Uint32Array.from({ length: n }, () => pool[next() % 2] as number);
        const w1 = Uint32Array.from({ length: n }, () => pool[next() % 3] as number);
        const key = (i: number): [number, number, number] => [w0[i] as number, w1[i] as number, indexWord(start + i)];
        const model = key(next() % n);
        const prefix = Array.from({ length: depth }, (_, b) => keyByte(...model, b));
        const t = prefixTests([prefix]);
        const counts = new Uint32Array(256);
        const source = Uint32Array.from({ length: n }, (_, i) => i);
        const kept = keepInPrefix(source, w0, w1, new Uint8Array(n), 0xffffffff - start, t.words, t.depth, t.held, new Float64Array(n), counts, new Float64Array(0), new Int32Array([-1, 0, -1, 0]), source, false);
        const want = Array.from({ length: n }, (_, i) => i).filter((i) => prefix.every((byte, b) => keyByte(...key(i), b) === byte));
        expect(Array.from(source.subarray(0, kept))).toEqual(want);
        const wantCounts = new Uint32Array(256);
        if (depth < 12) for (const i of want) wantCounts[keyByte(...key(i), depth)]! += 1;
        expect(Array.from(counts)).toEqual(Array.from(wantCounts));
      }),
      { numRuns: 300 },
    );
  });
});

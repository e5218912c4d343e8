/**
 * A tabulated column (group-terms.ts: termTable + fillTerms) gives bit for bit what filling the
 * column and applying each group term in its own pass gives, for sums and products, 0 to 4 terms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupTerm } from '../../src/core/population/group-terms';
import { addGroupTerms, fillTerms, multiplyGroupTerms, termTable } from '../../src/core/population/group-terms';

const valueArb = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0, 1, -1, 0.1, 1e-300));

const caseArb = fc
  .array(fc.array(valueArb, { minLength: 1, maxLength: 6 }), { maxLength: 4 })
  .chain((tables) =>
    fc.record({
      tables: fc.constant(tables),
      start: valueArb,
      multiply: fc.boolean(),
      n: fc.integer({ min: 0, max: 200 }),
      seed: fc.integer(),
    }),
  );

describe('termTable / fillTerms', () => {
  it('equals the plain passes bit for bit (Object.is: signs of zero included)', () => {
    fc.assert(
      fc.property(caseArb, ({ tables, start, multiply, n, seed }) => {
        const terms: GroupTerm[] = tables.map((t, k) => ({ attributeId: `a${k}`, byCode: Float64Array.from(t) }));
        let x = seed;
        const codes: Record<string, Uint8Array> = {};
        terms.forEach((t) => {
          codes[t.attributeId] = Uint8Array.from({ length: n }, () => ((x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 16) % t.byCode.length);
        });
        const plain = new Float64Array(n).fill(start);
        if (multiply) multiplyGroupTerms(plain, n, terms, codes);
        else addGroupTerms(plain, n, terms, codes);
        const got = new Float64Array(n).fill(Number.NaN);
        fillTerms(got, n, termTable(start, terms, multiply), codes);
        const wrong = Array.from(plain).filter((v, i) => !Object.is(v, got[i]));
        expect(wrong).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

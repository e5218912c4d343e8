/**
 * Log-normal values and noisy prices read their group terms straight from the term table
 * (group-terms.ts termCodes) when no terms are left after the first two: bit for bit what the
 * plain passes give (fill the column, apply each term in turn, then the value or the noise), for
 * 0 to 3 terms (3 takes the filled column), signs of zero included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupTerm } from '../../src/core/population/group-terms';
import { addGroupTerms, multiplyGroupTerms, termTable } from '../../src/core/population/group-terms';
import { sampleNumeric } from '../../src/core/population/numeric-sampler';
import { samplePrice } from '../../src/core/population/price-column';
import { distributionStandardisation } from '../../src/core/population/standardisation';
import type { Rng } from '../../src/core/random/stream';

const valueArb = fc.oneof(fc.double({ min: -3, max: 3, noNaN: true }), fc.constantFrom(0, -0, 1, 0.5));

const caseArb = fc.record({
  tables: fc.array(fc.array(valueArb, { minLength: 1, maxLength: 5 }), { maxLength: 3 }),
  n: fc.integer({ min: 1, max: 200 }),
  seed: fc.integer(),
  mu: fc.double({ min: -2, max: 4, noNaN: true }),
  sigma: fc.double({ min: 0.01, max: 1.5, noNaN: true }),
});

function setUp({ tables, n, seed }: { tables: number[][]; n: number; seed: number }) {
  const terms: GroupTerm[] = tables.map((t, k) => ({ attributeId: `a${k}`, byCode: Float64Array.from(t) }));
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 8;
  const codes: Record<string, Uint8Array> = {};
  for (const t of terms) codes[t.attributeId] = Uint8Array.from({ length: n }, () => next() % t.byCode.length);
  const normals = Array.from({ length: n }, () => (next() / 2 ** 24 - 0.5) * 6);
  let i = 0;
  const rng: Rng = { next: () => 0, normal: () => normals[i++]! };
  return { terms, codes, normals, rng };
}

describe('group terms read from their table in the sampling loop', () => {
  it('log-normal values and z-scores equal the plain passes', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { terms, codes, normals, rng } = setUp(c);
        const distribution = { kind: 'lognormal' as const, mu: c.mu, sigma: c.sigma };
        const std = distributionStandardisation(distribution);
        const values = new Float64Array(c.n);
        const z = new Float64Array(c.n);
        sampleNumeric({ id: 'x', distribution, std, shifts: termTable(0, terms, false) }, rng, c.n, codes, values, z);
        const shift = new Float64Array(c.n);
        addGroupTerms(shift, c.n, terms, codes);
        for (let i = 0; i < c.n; i++) {
          const l = c.mu + shift[i]! + c.sigma * normals[i]!;
          if (!Object.is(values[i], Math.exp(l)) || !Object.is(z[i], (l - std.mean) / std.sd)) expect({ i, value: values[i], z: z[i] }).toEqual({ i, value: Math.exp(l), z: (l - std.mean) / std.sd });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('noisy prices equal the plain passes', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { terms, codes, normals, rng } = setUp(c);
        const base = Math.exp(c.mu);
        const out = new Float64Array(c.n);
        samplePrice({ base, noise: c.sigma, multipliers: termTable(base, terms, true), interactions: [] }, rng, c.n, codes, out);
        const plain = new Float64Array(c.n).fill(base);
        multiplyGroupTerms(plain, c.n, terms, codes);
        for (let i = 0; i < c.n; i++) {
          const want = plain[i]! * Math.exp(c.sigma * normals[i]! - 0.5 * c.sigma * c.sigma);
          if (!Object.is(out[i], want)) expect({ i, got: out[i] }).toEqual({ i, got: want });
        }
      }),
      { numRuns: 300 },
    );
  });
});

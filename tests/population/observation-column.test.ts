/**
 * The observed value of a log-scale attribute, Math.fround(x · e^(noise · sd · ε)): computed with
 * the quick exponential where that settles its Float32 (exp.ts settledF32) and exactly otherwise,
 * it must be the exact value's Float32 for every person, including those whose exact product lies
 * at (or a double beside) a point where Float32 rounding changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEAR_RANGE, nearExp, settledF32 } from '../../src/core/population/exp';
import { sampleObserved } from '../../src/core/population/observation-column';
import type { Rng } from '../../src/core/random/stream';

/** An Rng whose normals are the given values in order. */
function fixedNormals(e: readonly number[]): Rng {
  let i = 0;
  return { next: () => { throw new Error('not used'); }, normal: () => e[i++]! };
}

const logScale = { mean: 1, sd: 0.5, log: true };

describe('sampleObserved on the log scale', () => {
  it('stores the exact Float32 of x · e^(s·σ·ε), at Float32 midpoints and anywhere (per-person noise and one noise for all)', () => {
    const person = fc.record({
      f: fc.float({ min: Math.fround(1e-6), max: Math.fround(1e6), noNaN: true }),
      e: fc.double({ min: -5, max: 5, noNaN: true }),
      noise: fc.double({ min: 0.01, max: 2, noNaN: true }),
      mid: fc.boolean(),
      nudge: fc.integer({ min: -2, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 120 }), fc.double({ min: 0.05, max: 1, noNaN: true }), (people, shared) => {
        const n = people.length;
        const noise = Float64Array.from(people, (p) => p.noise);
        // A true value whose product with e^(s·σ·ε) is a Float32 midpoint (or a double beside it) for
        // half the people, and a plain Float32 for the others.
        const target = people.map((p) => {
          if (!p.mid) return p.f;
          const next = new Float32Array([p.f]);
          new Uint32Array(next.buffer)[0]! += 1;
          return ((p.f + next[0]!) / 2) * (1 + p.nudge * 2 ** -52);
        });
        for (const [sd, perPerson] of [[noise, true], [shared, false]] as const) {
          const x = people.map((p, i) => (perPerson ? noise[i]! : shared) * logScale.sd * p.e);
          const values = Float64Array.from(target, (t, i) => t / Math.exp(x[i]!));
          const out = new Float32Array(n);
          sampleObserved(logScale, sd, fixedNormals(people.map((p) => p.e)), n, values, out);
          for (let i = 0; i < n; i++) {
            // (s·σ)·ε for one noise, s·σ·ε per person: the code's own order of products.
            const xi = perPerson ? noise[i]! * logScale.sd * people[i]!.e : shared * logScale.sd * people[i]!.e;
            const want = Math.fround(values[i]! * Math.exp(xi));
            if (!Object.is(out[i], want)) expect({ i, perPerson, got: out[i], want }).toBe('exact');
          }
          if (!perPerson) continue;
          // The inputs do reach the exact path: the quick value leaves most midpoints unsettled.
          const unsettled = x.filter((xi, i) => people[i]!.mid && !(settledF32(values[i]! * nearExp(xi)) === settledF32(values[i]! * nearExp(xi)) && Math.abs(xi) < NEAR_RANGE)).length;
          expect(unsettled).toBeGreaterThanOrEqual(people.filter((p) => p.mid).length * 0.4);
        }
      }),
      { numRuns: 200 },
    );
  });
});

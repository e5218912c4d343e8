/**
 * A logistic column (one pass for the tabulated categorical effects, the last numeric effect added
 * in the outcome loop) gives bit for bit the probabilities of the plain sum taken term by term:
 * logit = intercept + effects in order + interactions + Σ coefficient · z, p = 1 / (1 + e^−logit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logisticModel, sampleLogistic } from '../../src/core/population/logistic-column';
import type { Rng } from '../../src/core/random/stream';
import { AleaStream } from '../../src/core/random/alea';
import { NEAR_MARGIN, nearExp, settledF32 } from '../../src/core/population/exp';
import type { CategoricalAttribute } from '../../src/core/scenario';

function attribute(id: string, k: number): CategoricalAttribute {
  return { id, type: 'categorical', protected: false, categories: Array.from({ length: k }, (_, j) => ({ id: `c${j}` })), weights: new Array<number>(k).fill(1) };
}

const attrs = [attribute('a', 3), attribute('b', 2), attribute('c', 4)];
const index = new Map(attrs.map((a) => [a.id, a]));

describe('sampleLogistic', () => {
  it('equals the plain term-by-term sum, with 0 to 3 categorical and 0 to 2 numeric effects', () => {
    const effectArb = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(
      fc.property(
        fc.subarray(attrs.map((a) => a.id)),
        fc.integer({ min: 0, max: 2 }),
        fc.array(effectArb, { minLength: 12, maxLength: 12 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        fc.boolean(),
        (cats, numerics, values, base, n, interact) => {
          const effects: Record<string, number | Record<string, number>> = {};
          cats.forEach((id, k) => (effects[id] = Object.fromEntries(index.get(id)!.categories.map((c, j) => [c.id, values[k * 4 + j]!]))));
          for (let k = 0; k < numerics; k++) effects[`z${k}`] = values[k] || 0.5;
          const interactions = interact ? [{ when: { a: ['c1'], b: ['c0'] }, effect: values[11]! }] : undefined;
          const model = logisticModel(base, effects as never, index, interactions);
          let x = n;
          const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 8;
          const codes = Object.fromEntries(attrs.map((a) => [a.id, Uint8Array.from({ length: n }, () => next() % a.categories.length)]));
          const z = Object.fromEntries([0, 1].map((k) => [`z${k}`, Float64Array.from({ length: n }, () => (next() / 2 ** 24 - 0.5) * 6)]));
          const u = Array.from({ length: n }, () => next() / 2 ** 24);
          const rng: Rng = { next: () => u.shift()!, normal: () => 0 };
          const draws = [...u];
          const probability = new Float32Array(n);
          const outcome = new Uint8Array(n);
          sampleLogistic(model, rng, n, codes, z, probability, outcome);
          for (let i = 0; i < n; i++) {
            let logit = model.intercept;
            for (const id of cats) logit += (effects[id] as Record<string, number>)[`c${codes[id]![i]}`] ?? 0;
            if (interact && codes.a![i] === 1 && codes.b![i] === 0) logit += values[11]!;
            for (let k = 0; k < numerics; k++) logit += (effects[`z${k}`] as number) * z[`z${k}`]![i]!;
            const p = 1 / (1 + Math.exp(-logit));
            if (probability[i] !== Math.fround(p) || outcome[i] !== (draws[i]! < p ? 1 : 0)) expect({ i, got: probability[i], want: p }).toBe('equal');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same probabilities, outcomes and stream state stepping an Alea stream in its loop as through next()', () => {
    // Logits up to ±800 also reach the range where the loop's exponential hands over to Math.exp.
    const zArb = fc.double({ min: -800, max: 800, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.array(zArb, { minLength: 1, maxLength: 300 }), fc.string(), (base, coefficient, zs, key) => {
        const n = zs.length;
        const model = logisticModel(base, { a: { c1: 0.7, c2: -1.1 }, z0: coefficient || 1 } as never, index);
        const codes = { a: Uint8Array.from({ length: n }, (_, i) => i % 3) };
        const z = { z0: Float64Array.from(zs) };
        const fused = new AleaStream(key);
        const plain = new AleaStream(key);
        const viaNext: Rng = { next: () => plain.next(), normal: () => plain.normal() };
        const got = [new Float32Array(n), new Uint8Array(n)] as const;
        const want = [new Float32Array(n), new Uint8Array(n)] as const;
        expect(sampleLogistic(model, fused, n, codes, z, got[0], got[1])).toBe(sampleLogistic(model, viaNext, n, codes, z, want[0], want[1]));
        expect(Array.from(got[0])).toEqual(Array.from(want[0]));
        expect(Array.from(got[1])).toEqual(Array.from(want[1]));
        const next = fused.next();
        expect(next).toBe(plain.next());
        // Outcomes alone (a column that keeps no probabilities, as consent): the same outcomes.
        const alone = new Uint8Array(n);
        const third = new AleaStream(key);
        sampleLogistic(model, third, n, codes, z, undefined, alone);
        expect(Array.from(alone)).toEqual(Array.from(want[1]));
        expect(third.next()).toBe(next);
      }),
      { numRuns: 200 },
    );
  });

  it('decides outcomes alone exactly where u is p or within a hair of it (p = ½, u set to ½ and its neighbours)', () => {
    // Base ½ and no effects: every logit is 0 and p is exactly ½. Alea's next draw is c·2^-32 when s0 = 0.
    const model = logisticModel(0.5, {}, index);
    for (const [c, want] of [[2 ** 31, 0], [2 ** 31 - 1, 1], [2 ** 31 + 1, 0], [2 ** 31 - 2, 1], [0, 1], [2 ** 32 - 1, 0]] as const) {
      const stream = new AleaStream('edge');
      stream.set(c, 0, 0.5, 0.5);
      const outcome = new Uint8Array(1);
      sampleLogistic(model, stream, 1, {}, {}, undefined, outcome);
      expect({ c, got: outcome[0] }).toEqual({ c, got: want });
      // With its probability kept (conversion, click): the same outcome, and p = ½ exactly.
      const kept = new AleaStream('edge');
      kept.set(c, 0, 0.5, 0.5);
      const probability = new Float32Array(1);
      sampleLogistic(model, kept, 1, {}, {}, probability, outcome);
      expect({ c, got: outcome[0], p: probability[0] }).toEqual({ c, got: want, p: 0.5 });
    }
  });

  it('keeps the exact Float32 and outcome where the quick exponential cannot decide them (Float32 midpoints, u equal to p)', () => {
    // Logit z with base ½ and coefficient 1: p = 1 / (1 + e^−z). Half the people get a p at (or a
    // double beside) a point where Float32 rounding changes; the other half a p equal to their own u.
    const model = logisticModel(0.5, { z0: 1 } as never, index);
    fc.assert(
      fc.property(fc.array(fc.float({ min: Math.fround(0.0005), max: Math.fround(0.9995), noNaN: true }), { minLength: 2, maxLength: 200 }), fc.string(), fc.integer({ min: -3, max: 3 }), (fs, key, nudge) => {
        const n = fs.length;
        const us = new AleaStream(key);
        const u = Array.from({ length: n }, () => us.next());
        const logitOf = (p: number) => Math.log(p / (1 - p));
        const zs = fs.map((f, i) => {
          if (i % 2) return logitOf(u[i]!) * (1 + nudge * 2 ** -52);
          const next = new Float32Array([f]);
          new Uint32Array(next.buffer)[0]! += 1;
          return logitOf((f + next[0]!) / 2) * (1 + nudge * 2 ** -52);
        });
        const z = { z0: Float64Array.from(zs) };
        const got = [new Float32Array(n), new Uint8Array(n)] as const;
        sampleLogistic(model, new AleaStream(key), n, {}, z, got[0], got[1]);
        for (let i = 0; i < n; i++) {
          const p = 1 / (1 + Math.exp(-zs[i]!));
          if (got[0][i] !== Math.fround(p) || got[1][i] !== (u[i]! < p ? 1 : 0)) expect({ i, p, u: u[i], got: [got[0][i], got[1][i]] }).toBe('exact');
        }
        // The inputs do reach the exact path: most are people the quick one leaves undecided.
        const undecided = zs.filter((x, i) => {
          const near = 1 / (1 + nearExp(-x));
          return settledF32(near) !== settledF32(near) || Math.abs(u[i]! - near) <= near * NEAR_MARGIN;
        }).length;
        expect(undecided).toBeGreaterThan(n * 0.4);
      }),
      { numRuns: 200 },
    );
  });
});

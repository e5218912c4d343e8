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
        expect(fused.next()).toBe(plain.next());
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * policyScores' kernels turn non-candidates to NaN by adding NaN (a candidate adds 0) instead of
 * branching per person: the score column and the candidate count must be, bit for bit, what the
 * plain branch gives, for model scores (with and without prices) and for uniform draws among rule
 * matches, with any eligibility and consent and probabilities down to 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceChunks } from '../../src/core/engine/runner';
import { storeKey } from '../../src/core/engine/chunk-store';
import { ELIGIBLE, scoreKey } from '../../src/core/engine/store-keys';
import { policyScores } from '../../src/core/policies/candidate-scores';
import { stream } from '../../src/core/random/stream';
import type { Scenario } from '../../src/core/scenario/types';
import { buildChunks, chunkSizes, FixtureRunner } from '../selection/chunk-fixture';

const scenario = {
  population: { attributes: [{ id: 'g', type: 'categorical', protected: false, categories: [{ id: 'a' }, { id: 'b' }] }] },
} as unknown as Scenario;
const PROB = storeKey<Float32Array>('prob:p');

const person = fc.record({
  eligible: fc.integer({ min: 0, max: 1 }),
  consent: fc.integer({ min: 0, max: 1 }),
  g: fc.integer({ min: 0, max: 1 }),
  prob: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  price: fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 50, noNaN: true })),
});

function runnerOf(people: { eligible: number; consent: number; g: number; prob: number; price: number }[], sizes: number[]): FixtureRunner {
  const chunks = buildChunks(people.length, sizes, { codes: { g: people.map((p) => p.g) }, consent: people.map((p) => p.consent), price: people.map((p) => p.price) });
  const runner = new FixtureRunner(scenario, 'candidate-scores', chunks);
  runner.put(ELIGIBLE, (xs) => Uint8Array.from(xs), people.map((p) => p.eligible));
  runner.put(PROB, (xs) => Float32Array.from(xs), people.map((p) => p.prob));
  return runner;
}

const sameBits = (got: number[], want: number[]) => got.length === want.length && got.every((g, i) => Object.is(g, want[i]));

describe('policyScores', () => {
  it('model scores equal the plain branch bit for bit (consent required or not, per price or not)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 120 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), async (people, sizes, perPrice, requireConsent) => {
        const runner = runnerOf(people, sizes);
        const { candidates } = await reduceChunks(runner, policyScores, { policyId: 'p', source: { kind: 'model', probKey: PROB, perPrice }, requireConsent });
        const want = people.map((p) =>
          p.eligible === 1 && (!requireConsent || p.consent === 1) ? Math.fround(Math.fround(p.prob) / (perPrice ? p.price : 1)) : Number.NaN,
        );
        expect(sameBits(runner.gather(scoreKey('p')), want)).toBe(true);
        expect(candidates).toBe(want.filter((w) => !Number.isNaN(w)).length);
      }),
      { numRuns: 150 },
    );
  });

  it('uniform draws among rule matches equal the plain branch bit for bit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 120 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 3 }), fc.boolean(), async (people, sizes, requireConsent) => {
        const runner = runnerOf(people, sizes);
        const rule = { include: [{ attribute: 'g', in: ['b'] }], exclude: [] };
        const { candidates } = await reduceChunks(runner, policyScores, { policyId: 'r', source: { kind: 'rule', rule }, requireConsent });
        const want: number[] = [];
        for (const { start, size, index } of chunkSizes(people.length, sizes).map((c, index) => ({ ...c, index }))) {
          const draws = stream('candidate-scores', 'chunk', index, 'policy', 'r');
          for (let i = start; i < start + size; i++) {
            const u = draws.next();
            const p = people[i]!;
            want.push(p.eligible === 1 && (!requireConsent || p.consent === 1) && p.g === 1 ? Math.fround(u) : Number.NaN);
          }
        }
        expect(sameBits(runner.gather(scoreKey('r')), want)).toBe(true);
        expect(candidates).toBe(want.filter((w) => !Number.isNaN(w)).length);
      }),
      { numRuns: 150 },
    );
  });
});

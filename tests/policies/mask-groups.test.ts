/**
 * policyMaskGroups: a score column with the groups not kept turned to NaN. Keeping every category
 * stores the source column itself (no copy): it must read exactly as the masked copy would, for
 * any scores (NaN, ±0, ±∞), groups kept and chunking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storeKey } from '../../src/core/engine/chunk-store';
import { policyMaskGroups } from '../../src/core/policies/candidate-scores';
import type { Scenario } from '../../src/core/scenario/types';
import { buildChunks, FixtureRunner } from '../selection/chunk-fixture';

const scenario = {
  population: { attributes: [{ id: 'g', type: 'categorical', protected: true, categories: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }] },
} as unknown as Scenario;
const FROM = storeKey<Float32Array>('score:base');
const TO = storeKey<Float32Array>('score:own');

const score = fc.oneof(fc.constantFrom(Number.NaN, 0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), fc.float({ noNaN: true }));

describe('policyMaskGroups', () => {
  it('gives, bit for bit, the plain masked copy, keeping all groups or some', async () => {
    const person = fc.record({ g: fc.integer({ min: 0, max: 2 }), score });
    const keep = fc.oneof(fc.constant([true, true, true]), fc.constant([true, true, true, false]), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 200 }), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 3 }), keep, async (people, sizes, kept) => {
        const runner = new FixtureRunner(scenario, 's', buildChunks(people.length, sizes, { codes: { g: people.map((p) => p.g) } }));
        runner.put(FROM, (xs) => Float32Array.from(xs), people.map((p) => p.score));
        await runner.map(policyMaskGroups, { from: FROM, to: TO, attribute: 'g', keep: kept });
        const want = people.map((p) => (kept[p.g] === true && !Number.isNaN(Math.fround(p.score)) ? Math.fround(p.score) : Number.NaN));
        const got = runner.gather(TO);
        want.forEach((w, i) => expect(Object.is(got[i], w)).toBe(true));
      }),
      { numRuns: 200 },
    );
  });

  it('keeping every category stores the source column itself', async () => {
    const runner = new FixtureRunner(scenario, 's', buildChunks(3, [3], { codes: { g: [0, 1, 2] } }));
    runner.put(FROM, (xs) => Float32Array.from(xs), [0.5, Number.NaN, 2]);
    await runner.map(policyMaskGroups, { from: FROM, to: TO, attribute: 'g', keep: [true, true, true] });
    const state = runner.states[0]!;
    expect(state.store.get(TO)).toBe(state.store.get(FROM));
  });
});

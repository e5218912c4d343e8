/**
 * Joint cells (joint-cells.ts): counting each person once into their combination of categories and
 * summing those into the slices must give exactly the per-slice counts and histograms, floats
 * included (they are still summed person by person in person order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChunk, personCells } from '../../src/core/metrics/counts';
import { chunkHistograms } from '../../src/core/metrics/histogram';
import { jointCells, MAX_JOINT_CELLS } from '../../src/core/metrics/joint-cells';
import { auditPlan, type AuditPlan } from '../../src/core/metrics/plan';
import { chunkOf, eligibleOf, scoresOf, selectionsOf, smallScenario, type Person } from './fixtures';

const person: fc.Arbitrary<Person> = fc.record({
  gender: fc.constantFrom(0 as const, 1 as const, 2 as const),
  age: fc.constantFrom(0 as const, 1 as const),
  converts: fc.constantFrom(0 as const, 1 as const),
  prob: fc.double({ min: 0, max: 1, noNaN: true }),
  price: fc.double({ min: 0.01, max: 100, noNaN: true }),
  eligible: fc.constantFrom(0 as const, 1 as const),
  selected: fc.array(fc.constantFrom(0 as const, 1 as const), { minLength: 2, maxLength: 2 }),
  score: fc.array(fc.oneof(fc.constant(NaN), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 2, maxLength: 2 }),
});

const scenario = smallScenario(200);
const plan = auditPlan(scenario);

describe('audit joint cells', () => {
  it('numbers the combinations with the last attribute fastest and maps each to its slice cells', () => {
    // Slices: gender (cells 1–3), age (4–5), gender×age (6–11); joint j = gender × 2 + age.
    const joint = jointCells(plan);
    expect(joint?.attributes).toEqual(['gender', 'age']);
    expect(joint?.count).toBe(6);
    expect(joint?.sliceCell.map((t) => Array.from(t))).toEqual([
      [1, 1, 2, 2, 3, 3],
      [4, 5, 4, 5, 4, 5],
      [6, 7, 8, 9, 10, 11],
    ]);
  });

  it('leaves plans with more combinations than the limit to per-slice counting', () => {
    const slice = (id: string, offset: number) => ({ kind: 'attribute', key: id, attributes: [id], radices: [7], groupIds: [], labels: [], offset });
    const big = { slices: [slice('a', 1), slice('b', 8), slice('c', 15)], cellCount: 22 } as unknown as AuditPlan;
    expect(7 ** 3).toBeGreaterThan(MAX_JOINT_CELLS);
    expect(jointCells(big)).toBeNull();
  });

  it('counts and histograms by joint cells equal those counted slice by slice, bit for bit', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 150 }), fc.integer({ min: 1, max: 12 }), (people, bins) => {
        const chunk = chunkOf(people);
        const selections = selectionsOf(people, 2);
        const scores = scoresOf(people, 2);
        const finite = scores.map((s) => Array.from(s).filter((v) => v === v));
        const ranges = finite.flatMap((f) => (f.length ? [Math.min(...f), Math.max(...f)] : [Infinity, -Infinity]));
        const bySlice = personCells(plan, chunk, null);
        const slicedCounts = Array.from(countChunk(plan, chunk, eligibleOf(people), selections, undefined, bySlice));
        const slicedHistograms = Array.from(chunkHistograms(plan, chunk.codes, scores, ranges, bins, bySlice));
        const byJoint = personCells(plan, chunk);
        expect(byJoint.joint).not.toBeNull();
        expect(Array.from(countChunk(plan, chunk, eligibleOf(people), selections, undefined, byJoint))).toEqual(slicedCounts);
        expect(Array.from(chunkHistograms(plan, chunk.codes, scores, ranges, bins, byJoint))).toEqual(slicedHistograms);
      }),
      { numRuns: 150 },
    );
  });
});

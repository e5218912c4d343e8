/**
 * Counts merge by addition: any partition of the same people into chunks gives identical integer
 * counts and metrics; float sums (expected conversions, cost) and the metrics built on them agree
 * to within 1e-12 relative (they are summed in a different order).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIELD, FIELD_COUNT } from '../../src/core/metrics/counts';
import { smallScenario, type Person } from './fixtures';
import { auditOf, resultsOf } from './audit-of';
import { numbersIn } from './fixtures';

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

/** People and sorted distinct cut points inside (0, length). */
const partitioned = fc
  .array(person, { minLength: 1, maxLength: 120 })
  .chain((people) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: Math.max(1, people.length - 1) }), { maxLength: 8 })
      .map((cuts) => ({ people, cuts: cuts.filter((c) => c < people.length).sort((a, b) => a - b) })),
  );

const FLOAT_FIELDS = new Set<number>([FIELD.expectedConversions, FIELD.cost]);

function closeRelative(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

describe('countChunk + mergeByAddition', () => {
  const scenario = smallScenario(120, { minGroupSize: 3, minCount: 2 });

  it('any chunking gives identical integer counts and float sums within 1e-12 relative', () => {
    fc.assert(
      fc.property(partitioned, ({ people, cuts }) => {
        const whole = auditOf(scenario, people).counts;
        const split = auditOf(scenario, people, cuts).counts;
        expect(split.length).toBe(whole.length);
        for (let k = 0; k < whole.length; k++) {
          const a = whole[k] as number;
          const b = split[k] as number;
          if (FLOAT_FIELDS.has(k % FIELD_COUNT)) expect(closeRelative(a, b)).toBe(true);
          else expect(b).toBe(a);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('any chunking gives the same results: equal verdicts and every number within 1e-12 relative', () => {
    fc.assert(
      fc.property(partitioned, ({ people, cuts }) => {
        const whole = resultsOf(scenario, people);
        const split = resultsOf(scenario, people, cuts);
        const a = numbersIn(whole);
        const b = numbersIn(split);
        expect(b.map((x) => x.path)).toEqual(a.map((x) => x.path));
        a.forEach((x, k) => expect(closeRelative(x.v, b[k]!.v), x.path).toBe(true));
        const verdicts = (r: typeof whole) => r.policies.flatMap((p) => p.slices.flatMap((s) => s.groups.map((g) => g.verdict)));
        expect(verdicts(split)).toEqual(verdicts(whole));
        expect(split.sample).toEqual(whole.sample);
      }),
      { numRuns: 100 },
    );
  });

  it('exactly representable float sums (whole prices, probabilities in eighths) are exactly equal under any chunking', () => {
    fc.assert(
      fc.property(partitioned, ({ people, cuts }) => {
        // Whole prices and multiples of 1/8 add without rounding in any order, so every sum
        // (cost and expected conversions alike) must match to the last bit.
        const whole = people.map((p) => ({ ...p, price: Math.round(p.price), prob: Math.round(p.prob * 8) / 8 }));
        expect(auditOf(scenario, whole, cuts).counts).toEqual(auditOf(scenario, whole).counts);
      }),
      { numRuns: 50 },
    );
  });
});

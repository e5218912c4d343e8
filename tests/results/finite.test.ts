/**
 * The finite check of every run's results (core/results/finite.ts): its fast walk agrees with a
 * plain walk that records each number's path, and a failure names the same first path as that walk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allFinite, assertFiniteResults } from '../../src/core/results/finite';
import { formatPath } from '../../src/core/scenario/issues';

/** Every non-finite number with its path, in the order the check reports them (the first is named). */
function nonFinitePaths(results: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: results, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) found.push(`${String(value)} at ${formatPath(path)}`);
    else if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value))
      for (const [key, v] of Object.entries(value)) stack.push({ value: v, path: [...path, key] });
  }
  return found;
}

const leaf = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE),
  fc.integer(),
  fc.constant(null),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant(new Float64Array([NaN, 1])),
);
const results = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 5 })),
})).value;

describe('assertFiniteResults', () => {
  it('passes exactly the results whose every number is finite, and names the first non-finite one (fast-check)', () => {
    fc.assert(
      fc.property(results, (value) => {
        const bad = nonFinitePaths(value);
        expect(allFinite(value)).toBe(bad.length === 0);
        if (bad.length === 0) expect(() => assertFiniteResults(value)).not.toThrow();
        else expect(() => assertFiniteResults(value)).toThrow(`the run produced ${bad[0]}; the scenario's numbers overflow there`);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores typed arrays (columns are checked where they are made) and inherited keys', () => {
    expect(allFinite({ column: new Float64Array([NaN]), n: 1 })).toBe(true);
    const withProto = Object.create({ inherited: NaN }) as Record<string, unknown>;
    withProto.own = 2;
    expect(allFinite(withProto)).toBe(true);
    expect(allFinite([1, [2, { a: -Infinity }]])).toBe(false);
  });
});

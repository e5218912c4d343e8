/** resultsToJson / stableJson: rounding, layout and determinism. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultsToJson, roundNumber, stableJson } from '../../src/core/results/json';
import { smallScenario } from '../metrics/fixtures';
import { handPopulation } from '../metrics/hand-population';
import { resultsOf } from '../metrics/audit-of';

describe('roundNumber', () => {
  it('keeps 10 significant digits, integers exact, and maps non-finite to null', () => {
    expect(roundNumber(1 / 3)).toBe(0.3333333333);
    expect(roundNumber(2 / 3 * 1e-7)).toBe(6.666666667e-8);
    expect(roundNumber(123456789012345)).toBe(123456789012345);
    expect(roundNumber(NaN)).toBeNull();
    expect(roundNumber(-Infinity)).toBeNull();
    expect(Object.is(roundNumber(-1e-300 * 1e-300), 0)).toBe(true);
  });
});

describe('stableJson', () => {
  it('writes arrays of plain values on one line and objects one key per line', () => {
    expect(stableJson({ a: [1, null, 'x'], b: { c: 1 / 3 }, d: [] })).toBe(
      '{\n  "a": [1, null, "x"],\n  "b": {\n    "c": 0.3333333333\n  },\n  "d": []\n}\n',
    );
  });
});

describe('resultsToJson', () => {
  it('gives identical text for the same run and for a different chunking of the same people', () => {
    const people = handPopulation();
    const a = resultsToJson(resultsOf(smallScenario(20), people));
    expect(resultsToJson(resultsOf(smallScenario(20), people))).toBe(a);
    expect(resultsToJson(resultsOf(smallScenario(20), people, [3, 11, 17]))).toBe(a);
  });

  it('round-trips: the parsed file has the envelope and the rounded values', () => {
    const r = resultsOf(smallScenario(20), handPopulation());
    const parsed = JSON.parse(resultsToJson(r));
    expect(parsed.format).toBe('fairground.results');
    expect(parsed.version).toBe(1);
    expect(parsed.scenario.hash).toBe(r.scenario.hash);
    // women's RR 5/7 rounded to 10 significant digits
    expect(parsed.policies[0].slices[0].groups[0].representationRatio).toBe(0.7142857143);
  });
});

/** The writer as first written (JSON.stringify per number, Object.entries per object): the reference. */
function plainJson(value: unknown, indent = ''): string {
  if (typeof value === 'number') return JSON.stringify(roundNumber(value));
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (ArrayBuffer.isView(value)) return plainJson(Array.from(value as unknown as ArrayLike<number>), indent);
  const inner = indent + '  ';
  const plain = (v: unknown) => v === null || typeof v !== 'object';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(plain)) return `[${value.map((v) => (v === undefined ? 'null' : plainJson(v, inner))).join(', ')}]`;
    return `[\n${value.map((v) => inner + (v === undefined ? 'null' : plainJson(v, inner))).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${plainJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

describe('stableJson against the plain writer', () => {
  it('writes any JSON-like value (numbers of every kind, typed arrays, undefined and function members) as the plain writer does', () => {
    const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e21, 2 ** 53, 1 / 3));
    const leaf = fc.oneof(number, fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(() => 1));
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object'), fc.float64Array({ maxLength: 5 }), fc.float32Array({ maxLength: 5 })),
      array: fc.array(tie('value'), { maxLength: 5 }),
      object: fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 5 }),
    }));
    fc.assert(
      fc.property(value, (v) => {
        expect(stableJson(v)).toBe(plainJson(v) + '\n');
      }),
      { numRuns: 500 },
    );
  });
});

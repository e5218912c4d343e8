import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPath } from '../../src/core/scenario/issues';
import { lineColumnAt, locatePath, offsetOf, scanJsonText } from '../../src/ui/editor/json-locate';
import { getIn } from '../../src/ui/editor/draft';

/** Every path of a JSON value, as key lists. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

describe('locatePath', () => {
  const text = '{\n  "a": { "b": [1, {"c": true}] },\n  "18-24": null\n}';

  it('finds a nested member as "key": value', () => {
    const r = locatePath(text, 'a.b[1].c')!;
    expect(text.slice(r.start, r.end)).toBe('"c": true');
  });

  it('finds an array element, and a key that is not an identifier', () => {
    const r = locatePath(text, 'a.b[0]')!;
    expect(text.slice(r.start, r.end)).toBe('1');
    const q = locatePath(text, '["18-24"]')!;
    expect(text.slice(q.start, q.end)).toBe('"18-24": null');
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    const r = locatePath(text, 'a.b[1].missing.deeper')!;
    expect(text.slice(r.start, r.end)).toBe('{"c": true}');
  });

  it('reports where a syntax error is', () => {
    expect(scanJsonText('{"a": [1, 2,, 3]}').errorAt).toBe(12);
    expect(scanJsonText('{"a": 1}').errorAt).toBeUndefined();
  });

  it('maps every path of any JSON value to text that parses back to that value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 0, max: 2 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const { values, errorAt } = scanJsonText(text);
        expect(errorAt).toBeUndefined();
        for (const path of paths(value)) {
          const range = values.get(formatPath(path));
          expect(range).toBeDefined();
          let slice = text.slice(range!.start, range!.end);
          // Object members include their key: strip `"key":` before parsing the value.
          if (typeof path.at(-1) === 'string') slice = slice.replace(/^"(?:[^"\\]|\\.)*"\s*:\s*/, '');
          expect(JSON.parse(slice)).toEqual(getIn(JSON.parse(text), path));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('offsetOf and lineColumnAt', () => {
  it('convert between offsets and 1-based lines and columns', () => {
    const text = 'ab\ncde\nf';
    expect(offsetOf(text, 2, 2)).toBe(4);
    expect(lineColumnAt(text, 4)).toEqual({ line: 2, column: 2 });
    fc.assert(
      fc.property(fc.string(), fc.nat(), (s, n) => {
        const offset = s.length ? n % (s.length + 1) : 0;
        const { line, column } = lineColumnAt(s, offset);
        expect(offsetOf(s, line, column)).toBe(offset);
      }),
    );
  });
});

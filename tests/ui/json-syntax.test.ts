import { describe, expect, it } from 'vitest';
import { findSyntaxProblem } from '../../src/ui/editor/json-syntax';

describe('findSyntaxProblem', () => {
  it('a missing comma is reported at the end of the value before it, not at the next property', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    const p = findSyntaxProblem(text);
    expect(p).toMatchObject({ message: 'missing comma after this value' });
    expect(text.slice(p!.from, p!.to)).toBe('1');
    expect(text.slice(0, p!.from).split('\n')).toHaveLength(2); // line 2, where the comma belongs
  });

  it('a missing comma after a string, an object or true is found too', () => {
    for (const text of ['{"a": "x" "b": 1}', '{"a": {} "b": 1}', '[true false]']) {
      const p = findSyntaxProblem(text);
      expect(p?.message, text).toBe('missing comma after this value');
    }
  });

  it('a trailing comma points at the comma; a missing colon at the key; single quotes and an early end are named', () => {
    const trailing = '{"a": 1,\n}';
    const p = findSyntaxProblem(trailing)!;
    expect(trailing.slice(p.from, p.to)).toBe(',');
    expect(p.message).toMatch(/remove this comma/);
    expect(findSyntaxProblem('{"a" 1}')?.message).toBe('missing colon (:) after this key');
    expect(findSyntaxProblem('{"a" "b"}')?.message).toBe('missing colon (:) after this key');
    expect(findSyntaxProblem("{'a': 1}")?.message).toMatch(/double quotes/);
    expect(findSyntaxProblem('{"a": [1, 2')?.message).toMatch(/ends too early/);
    expect(findSyntaxProblem('{"a": "x}')?.message).toMatch(/never closed/);
    expect(findSyntaxProblem('{"a": 1, "b": }')?.message).toBe('unexpected "}" here: expected a value');
  });

  it('well-formed JSON has no problem', () => {
    expect(findSyntaxProblem('{"a": [1, {"b": null}]}')).toBeUndefined();
  });
});

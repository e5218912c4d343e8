import { describe, expect, it } from 'vitest';
import { placeProblems } from '../../src/ui/editor/json-diagnostics';
import { checkText } from '../../src/ui/editor/validation';
import { DEFAULT_TEXT } from './default-text';

describe('placeProblems', () => {
  it('places an unknown id on its line and offers the suggested id as a fix of just the id', () => {
    const text = DEFAULT_TEXT.replace('"base": "delivery"', '"base": "delivry"');
    const [problem] = placeProblems(text, checkText(text));
    expect(problem?.message).toBe('policies[5].base: unknown policy "delivry"; did you mean "delivery"?');
    expect(text.slice(problem!.from, problem!.to)).toBe('"base": "delivry"');
    expect(problem?.fix).toMatchObject({ label: 'Use "delivery"', insert: '"delivery"' });
    expect(text.slice(problem!.fix!.from, problem!.fix!.to)).toBe('"delivry"');
  });

  it('places a missing comma at the value before it, and a long object’s problem on its first line only', () => {
    const broken = DEFAULT_TEXT.replace('"version": 1,', '"version": 1');
    const [syntax] = placeProblems(broken, checkText(broken));
    expect(broken.slice(syntax!.from, syntax!.to)).toBe('1');
    const text = DEFAULT_TEXT.replace('"history": {', '"history": { "extra": 1,');
    const [shape] = placeProblems(text, checkText(text));
    expect(text.slice(shape!.from, shape!.to)).not.toContain('\n');
  });
});

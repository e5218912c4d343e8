import { describe, expect, it } from 'vitest';
import { contextAt, keyPathAt } from '../../src/ui/editor/json-context';

/** The context at the `|` in `marked`. */
function at(marked: string) {
  const pos = marked.indexOf('|');
  return contextAt(marked.replace('|', ''), pos);
}

describe('contextAt', () => {
  it('a key goes after { or a comma in an object: the path is the object', () => {
    expect(at('{"campaign": {"budget": {}, |')).toEqual({ slot: 'key', path: ['campaign'], from: 28 });
    expect(at('{"campaign": {"bu|')).toEqual({ slot: 'key', path: ['campaign'], from: 14 });
  });

  it('a value goes after a colon or in an array: the path ends with its key or index', () => {
    expect(at('{"campaign": {"offer": |')).toEqual({ slot: 'value', path: ['campaign', 'offer'], from: 23 });
    expect(at('{"policies": [{"id": "a"}, {"type": "fai|')).toEqual({ slot: 'value', path: ['policies', 1, 'type'], from: 36 });
    expect(at('{"audit": {"attributes": ["gender", |')).toMatchObject({ slot: 'value', path: ['audit', 'attributes', 1] });
  });

  it('after a complete value nothing is suggested until a comma', () => {
    expect(at('{"a": 1 |')).toBeUndefined();
  });
});

describe('keyPathAt', () => {
  it('keyPathAt finds the full path of the key under the cursor, and nothing on a value', () => {
    const text = '{\n  "campaign": { "offer": "risk" }\n}';
    expect(keyPathAt(text, text.indexOf('offer') + 2)).toEqual({ path: ['campaign', 'offer'], from: text.indexOf('"offer"'), to: text.indexOf('"offer"') + 7 });
    expect(keyPathAt(text, text.indexOf('risk') + 1)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { contextAt, keyPathAt, valuePathAt } from '../../src/ui/editor/json-context';

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

describe('valuePathAt', () => {
  it('valuePathAt finds where a quoted value is written, in an object or a list, and nothing on a key', () => {
    const text = '{\n  "policies": [{ "constraint": "demographic-parity" }],\n  "audit": { "attributes": ["gender"] }\n}';
    const dp = text.indexOf('demographic');
    expect(valuePathAt(text, dp + 3)).toEqual({ path: ['policies', 0, 'constraint'], from: dp - 1, to: dp + 'demographic-parity'.length + 1 });
    expect(valuePathAt(text, text.indexOf('gender') + 1)?.path).toEqual(['audit', 'attributes', 0]);
    expect(valuePathAt(text, text.indexOf('constraint') + 2)).toBeUndefined();
  });
});

/** scenarioHash: FNV-1a 64 over canonical JSON. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, fnv1a64, scenarioHash, utf8Bytes } from '../../src/core/results/hash';
import { smallScenario } from '../metrics/fixtures';

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('agrees with a BigInt implementation of the FNV-1a 64 definition on any string', () => {
    const reference = (text: string) => {
      let h = 0xcbf29ce484222325n;
      for (const b of utf8Bytes(text)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return h.toString(16).padStart(16, '0');
    };
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => fnv1a64(text) === reference(text)));
  });
});

describe('utf8Bytes', () => {
  it('encodes 1- to 4-byte characters as UTF-8', () => {
    expect(utf8Bytes('a€😀é')).toEqual([0x61, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9]);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: undefined }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"z":0}]},"b":1}');
  });
});

describe('scenarioHash', () => {
  it('does not depend on key order and changes when a value changes', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        return scenarioHash(obj) === scenarioHash(reversed);
      }),
    );
    const s = smallScenario(20);
    expect(scenarioHash(s)).toMatch(/^[0-9a-f]{16}$/);
    expect(scenarioHash({ ...s, seed: 'other' })).not.toBe(scenarioHash(s));
    expect(scenarioHash(smallScenario(20))).toBe(scenarioHash(s));
  });
});

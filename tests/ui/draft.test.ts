import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, getIn, insertAt, removeAt, setIn } from '../../src/ui/editor/draft';

describe('setIn', () => {
  it('copies the path it changes and shares the rest', () => {
    const root = { a: { b: [1, 2] }, c: { d: 1 } };
    const next = setIn(root, ['a', 'b', 1], 9);
    expect(next).toEqual({ a: { b: [1, 9] }, c: { d: 1 } });
    expect(root.a.b).toEqual([1, 2]);
    expect(next.c).toBe(root.c);
  });

  it('deletes an object key when the value is undefined, and creates missing containers', () => {
    expect(setIn({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(setIn({}, ['x', 0, 'y'], 3)).toEqual({ x: [{ y: 3 }] });
  });

  it('then getIn reads back the value set, for any JSON object and key path', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })),
        fc.array(fc.oneof(fc.string({ minLength: 1 }), fc.nat(5)), { minLength: 1, maxLength: 4 }),
        fc.integer(),
        (root, path, value) => {
          const before = JSON.stringify(root);
          expect(getIn(setIn(root, path, value), path)).toBe(value);
          expect(JSON.stringify(root)).toBe(before);
        },
      ),
    );
  });
});

describe('removeAt, insertAt and applyEdit', () => {
  it('remove and insert array elements without touching the input', () => {
    const root = { list: ['a', 'b', 'c'] };
    expect(removeAt(root, ['list', 1])).toEqual({ list: ['a', 'c'] });
    expect(insertAt(root, ['list'], 1, 'x')).toEqual({ list: ['a', 'x', 'b', 'c'] });
    expect(applyEdit(root, { path: ['list'], insert: { index: 3 }, value: 'd' })).toEqual({ list: ['a', 'b', 'c', 'd'] });
    expect(applyEdit(root, { path: ['list', 0], remove: true })).toEqual({ list: ['b', 'c'] });
    expect(root.list).toEqual(['a', 'b', 'c']);
  });
});

import { describe, expect, it } from 'vitest';
import { heldBuffers, resultBuffers, TRANSFER_FROM, transferList } from '../../workers/transferables';

describe('task results handed over between threads', () => {
  it('finds each buffer of typed arrays in objects, arrays of objects and maps once, and none in plain data', () => {
    const shared = new Float64Array(8);
    const a = new Uint32Array(4);
    const b = new Float32Array(2);
    const result = { counts: a, rows: [{ x: shared }, { y: shared.subarray(2) }], byGroup: new Map([['g', { z: b }]]), n: 3, list: [1, 2, 3] };
    const found = resultBuffers(result);
    expect(found).toHaveLength(3);
    expect(new Set(found)).toEqual(new Set([a.buffer, shared.buffer, b.buffer]));
    expect(resultBuffers({ selected: 10, spend: 4.5, bins: [1, 2, 3], groups: [{ count: 2 }] })).toEqual([]);
    expect(resultBuffers(42)).toEqual([]);
    // An empty buffer is not worth a transfer.
    expect(resultBuffers({ none: new Uint8Array(0) })).toEqual([]);
  });

  it('names the buffers a worker still holds, so they are left out of a transfer', () => {
    const column = new Float32Array(16);
    const store = new Map<string, unknown>([['score', column]]);
    const held = heldBuffers([{ codes: { gender: new Uint8Array(16) } }, ...store.values()]);
    expect(held.has(column.buffer)).toBe(true);
    const fresh = new Uint32Array(4);
    const candidates = resultBuffers({ keep: column, fresh });
    expect(candidates.filter((buffer) => !held.has(buffer))).toEqual([fresh.buffer]);
  });

  it('copies small results without looking for held buffers, and transfers only the unheld buffers of large ones', () => {
    let walks = 0;
    const column = new Float32Array(TRANSFER_FROM / 4);
    const held = () => {
      walks++;
      return heldBuffers([{ score: column }]);
    };
    // Just under the threshold in all (two buffers): copied, and the worker's columns never walked.
    const small = { a: new Uint8Array(TRANSFER_FROM / 2), b: new Uint8Array(TRANSFER_FROM / 2 - 1) };
    expect(transferList(small, held)).toEqual([]);
    expect(transferList({ n: 3 }, held)).toEqual([]);
    expect(walks).toBe(0);
    // A large result: its own buffer moves, the held column (itself large) stays.
    const fresh = new Float64Array(TRANSFER_FROM / 8);
    expect(transferList({ fresh, keep: column }, held)).toEqual([fresh.buffer]);
    expect(walks).toBe(1);
  });
});

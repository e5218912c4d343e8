import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkBlocks } from '../../src/core/engine/chunk-blocks';

describe('chunkBlocks', () => {
  it('chunkBlocks(7, 3) gives contiguous blocks 3, 2, 2', () => {
    expect(chunkBlocks(7, 3)).toEqual([[0, 1, 2], [3, 4], [5, 6]]);
  });

  it('chunkBlocks(2, 4) leaves the last two workers empty', () => {
    expect(chunkBlocks(2, 4)).toEqual([[0], [1], [], []]);
  });

  it('chunkBlocks covers every chunk exactly once, in order, with sizes differing by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 16 }), (chunks, workers) => {
        const blocks = chunkBlocks(chunks, workers);
        expect(blocks).toHaveLength(workers);
        expect(blocks.flat()).toEqual(Array.from({ length: chunks }, (_, i) => i));
        const sizes = blocks.map((b) => b.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('chunkBlocks rejects a worker count below one', () => {
    expect(() => chunkBlocks(3, 0)).toThrow('workers');
  });
});

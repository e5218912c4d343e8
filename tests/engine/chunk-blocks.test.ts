import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkBlocks, workerBlocks } from '../../src/core/engine/chunk-blocks';
import { CHUNK_SIZE, chunkSpans } from '../../src/core/population/chunk';

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

const people = (sizes: readonly number[], block: readonly number[]) => block.reduce((sum, c) => sum + (sizes[c] as number), 0);

describe('workerBlocks', () => {
  it('1,000,000 people on 2 workers: 15 full chunks, then 15 and the short one (491,520 and 508,480 people)', () => {
    const sizes = chunkSpans(1_000_000).map((s) => s.size);
    const blocks = workerBlocks(sizes.length, 2);
    expect(blocks.map((b) => b.length)).toEqual([15, 16]);
    expect(blocks.map((b) => people(sizes, b))).toEqual([491_520, 508_480]);
  });

  it('7 chunks on 3 workers: 2, 2, 3; fewer chunks than workers: one each, the empty blocks last', () => {
    expect(workerBlocks(7, 3)).toEqual([[0, 1], [2, 3], [4, 5, 6]]);
    expect(workerBlocks(2, 4)).toEqual([[0], [1], [], []]);
  });

  it('any population on any workers: every chunk once, in order, block sizes within one, the largest block no more people than chunkBlocks gives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 * CHUNK_SIZE }), fc.integer({ min: 1, max: 16 }), (size, workers) => {
        const sizes = chunkSpans(size).map((s) => s.size);
        const blocks = workerBlocks(sizes.length, workers);
        expect(blocks).toHaveLength(workers);
        expect(blocks.flat()).toEqual(sizes.map((_, i) => i));
        const lengths = blocks.map((b) => b.length);
        expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
        const largest = (bs: number[][]) => Math.max(...bs.map((b) => people(sizes, b)));
        expect(largest(blocks)).toBeLessThanOrEqual(largest(chunkBlocks(sizes.length, workers)));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealShards, parseShard, runOrder, shardFromEnvironment, shardName } from '../../src/core/sweep';

const points = (groups: number[]) => groups.map((populationGroup, index) => ({ index, populationGroup }));

describe('dealShards', () => {
  it('deals 10 points of two populations into 3 blocks of 4, 3, 3, keeping each population together where it can', () => {
    expect(dealShards(points([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]), 3)).toEqual([[0, 2, 4, 6], [8, 1, 3], [5, 7, 9]]);
    expect(runOrder(points([0, 1, 0]))).toEqual([0, 2, 1]);
  });

  it('any point list and shard count: the shards partition the points, sizes differ by at most one, and dealing is repeatable', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (groups, count) => {
        const list = points(groups);
        const shards = dealShards(list, count);
        expect(shards).toHaveLength(count);
        expect(shards.flat().sort((a, b) => a - b)).toEqual(list.map((p) => p.index));
        const sizes = shards.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(dealShards([...list].reverse(), count)).toEqual(shards);
      }),
    );
  });
});

describe('parseShard and shardFromEnvironment', () => {
  it('reads I/N from 0 and refuses an index outside the count', () => {
    expect(parseShard('2/4')).toEqual({ ok: true, shard: { index: 2, count: 4 } });
    expect(parseShard('4/4')).toEqual({ ok: false, message: '--shard 4/4: the shard index must be a whole number from 0 to 3 (got 4)' });
    expect(parseShard('1-4').ok).toBe(false);
  });

  it('reads Slurm job arrays, counting from the array minimum in its steps', () => {
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ ok: true, shard: { index: 3, count: 4 } });
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_STEP: '2', SLURM_ARRAY_TASK_COUNT: '3' })).toEqual({ ok: true, shard: { index: 2, count: 3 } });
  });

  it('reads Kubernetes and AWS Batch indexes, with the count from the command line where the engine gives none', () => {
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '6' }, 7)).toEqual({ ok: true, shard: { index: 6, count: 7 } });
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '6' })).toMatchObject({ ok: false });
    expect(shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: '1', AWS_BATCH_JOB_ARRAY_SIZE: '3' })).toEqual({ ok: true, shard: { index: 1, count: 3 } });
    expect(shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: '1' }, 2)).toEqual({ ok: true, shard: { index: 1, count: 2 } });
    expect(shardFromEnvironment({ HOME: '/root' })).toBeUndefined();
  });

  it('names shards so that they sort in order', () => {
    expect(shardName({ index: 3, count: 7 })).toBe('shard-0003-of-0007');
  });
});

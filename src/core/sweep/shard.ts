/**
 * Shards of a sweep for batch engines. Points are dealt deterministically: ordered by population
 * (points that share people stay together, so each shard generates as few populations as it can,
 * in grid order within a population), then cut into N contiguous blocks of nearly equal size, the
 * first blocks one point larger when N does not divide the count. Shard I of N is the same set of
 * points on every machine.
 */
import { chunkBlocks } from '../engine/chunk-blocks';
import type { SweepPoint } from './plan';

export interface Shard {
  /** 0-based, as Slurm array ids, Kubernetes completion indexes and AWS Batch array indexes are. */
  index: number;
  count: number;
}

export type ShardResult = { ok: true; shard: Shard } | { ok: false; message: string };

/** Maximum shard count: far more than points is never useful, and the limit keeps file names short. */
export const MAX_SHARDS = 100_000;

/** The point indices of every shard, shard by shard, each in the order it runs. */
export function dealShards(points: readonly Pick<SweepPoint, 'index' | 'populationGroup'>[], count: number): number[][] {
  const order = [...points].sort((a, b) => a.populationGroup - b.populationGroup || a.index - b.index).map((p) => p.index);
  return chunkBlocks(order.length, count).map((block) => block.map((i) => order[i]!));
}

/** The order a whole sweep runs in on one machine (one shard of one). */
export function runOrder(points: readonly Pick<SweepPoint, 'index' | 'populationGroup'>[]): number[] {
  return dealShards(points, 1)[0] ?? [];
}

function shard(index: number, count: number, source: string): ShardResult {
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_SHARDS)
    return { ok: false, message: `${source}: the shard count must be a whole number from 1 to ${MAX_SHARDS.toLocaleString('en')} (got ${count})` };
  if (!Number.isSafeInteger(index) || index < 0 || index >= count)
    return { ok: false, message: `${source}: the shard index must be a whole number from 0 to ${count - 1} (got ${index})` };
  return { ok: true, shard: { index, count } };
}

const WHOLE = /^\s*\d+\s*$/;
const whole = (text: string | undefined) => (text !== undefined && WHOLE.test(text) ? Number(text) : NaN);

/** `--shard I/N` (I from 0). */
export function parseShard(text: string): ShardResult {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return { ok: false, message: `--shard ${text}: expected I/N, the I-th (from 0) of N shards, e.g. 0/4` };
  return shard(Number(m[1]), Number(m[2]), `--shard ${text}`);
}

/**
 * The shard a batch engine's environment names, if any: Slurm job arrays (`SLURM_ARRAY_TASK_ID`,
 * counted from `SLURM_ARRAY_TASK_MIN` in steps of `SLURM_ARRAY_TASK_STEP`, with
 * `SLURM_ARRAY_TASK_COUNT`), Kubernetes Indexed Jobs (`JOB_COMPLETION_INDEX`; the count is given),
 * AWS Batch array jobs (`AWS_BATCH_JOB_ARRAY_INDEX` with `AWS_BATCH_JOB_ARRAY_SIZE` or the count given).
 * `undefined` when none is set.
 */
export function shardFromEnvironment(env: Readonly<Record<string, string | undefined>>, givenCount?: number): ShardResult | undefined {
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const id = whole(env.SLURM_ARRAY_TASK_ID);
    const min = env.SLURM_ARRAY_TASK_MIN !== undefined ? whole(env.SLURM_ARRAY_TASK_MIN) : 0;
    const step = env.SLURM_ARRAY_TASK_STEP !== undefined ? whole(env.SLURM_ARRAY_TASK_STEP) : 1;
    const count = givenCount ?? whole(env.SLURM_ARRAY_TASK_COUNT);
    if ((id - min) % step !== 0) return { ok: false, message: `SLURM_ARRAY_TASK_ID ${id} is not on the array's steps (min ${min}, step ${step})` };
    return shard((id - min) / step, count, `Slurm array task ${env.SLURM_ARRAY_TASK_ID} of ${env.SLURM_ARRAY_TASK_COUNT ?? '?'}`);
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    if (givenCount === undefined) return { ok: false, message: 'JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job): give the Job\'s completions as --shard-count N' };
    return shard(whole(env.JOB_COMPLETION_INDEX), givenCount, `Kubernetes completion index ${env.JOB_COMPLETION_INDEX}`);
  }
  if (env.AWS_BATCH_JOB_ARRAY_INDEX !== undefined) {
    const count = givenCount ?? whole(env.AWS_BATCH_JOB_ARRAY_SIZE);
    if (Number.isNaN(count)) return { ok: false, message: 'AWS_BATCH_JOB_ARRAY_INDEX is set (an AWS Batch array job): give the array size as --shard-count N' };
    return shard(whole(env.AWS_BATCH_JOB_ARRAY_INDEX), count, `AWS Batch array index ${env.AWS_BATCH_JOB_ARRAY_INDEX}`);
  }
  return undefined;
}

/** `shard-0003-of-0007`: names that sort in shard order. */
export function shardName(shard: Shard): string {
  const width = Math.max(4, String(shard.count).length);
  return `shard-${String(shard.index).padStart(width, '0')}-of-${String(shard.count).padStart(width, '0')}`;
}

/**
 * A chunk task is a value: its name (what crosses to a worker), what it runs on one chunk, and how
 * the coordinator merges the chunks' results (in chunk order). Each feature defines its own tasks
 * beside its code; the engine knows none of them. The worker's name → task table is composed at the
 * top (workers/chunk-task-table.ts), and an in-process runner just calls `run`.
 */
import type { ChunkState } from './chunk-state';

export interface ChunkTask<Args, Result, Merged = Result[]> {
  /** Unique among the tasks a worker knows. */
  readonly name: string;
  /** Runs on one chunk. Args and result must be structured-cloneable (plain data, typed arrays). */
  run(state: ChunkState, args: Args): Result;
  /** Merges every chunk's result, given in chunk order. */
  merge(parts: readonly Result[], args: Args): Merged;
}

/** A task whose merged result is the list of chunk results (the default merge). */
export function chunkTask<Args, Result>(name: string, run: (state: ChunkState, args: Args) => Result): ChunkTask<Args, Result>;
export function chunkTask<Args, Result, Merged>(
  name: string,
  run: (state: ChunkState, args: Args) => Result,
  merge: (parts: readonly Result[], args: Args) => Merged,
): ChunkTask<Args, Result, Merged>;
export function chunkTask<Args, Result, Merged>(
  name: string,
  run: (state: ChunkState, args: Args) => Result,
  merge?: (parts: readonly Result[], args: Args) => Merged,
): ChunkTask<Args, Result, Merged | Result[]> {
  return { name, run, merge: merge ?? ((parts) => [...parts]) };
}

/** Args of a task that takes none. */
export type NoArgs = Record<string, never>;

/** Merge for tasks whose chunks each return a count: the total. */
export function sumCounts(parts: readonly number[]): number {
  let total = 0;
  for (const p of parts) total += p;
  return total;
}

/**
 * Merge for tasks whose chunks each return the same numeric fields: each field summed in chunk
 * order (for example `{ candidates }` or the history's four counts).
 */
export function sumFields<T extends Record<string, number>>(parts: readonly T[], zero: T): T {
  const total = { ...zero };
  const fields = Object.keys(zero) as (keyof T & string)[];
  for (const part of parts) for (const k of fields) total[k] = ((total[k] as number) + (part[k] as number)) as T[keyof T & string];
  return total;
}

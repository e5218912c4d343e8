/**
 * Hand-built chunks of any sizes and a runner over them, for testing chunk tasks without the
 * population generator. The runner can visit chunks in any order (as workers would) and returns
 * results in chunk order, like every ChunkRunner.
 */
import type { AbortSignalLike, ChunkState } from '../../src/core/engine/chunk-state';
import type { ChunkRunner } from '../../src/core/engine/runner';
import type { ChunkTask } from '../../src/core/engine/chunk-task';
import { throwIfAborted } from '../../src/core/engine/chunk-state';
import type { PopulationChunk } from '../../src/core/population/chunk';
import type { Seed } from '../../src/core/random/stream';
import type { Scenario } from '../../src/core/scenario/types';
import { ChunkStore } from '../../src/core/engine/chunk-store';
import { storeKey } from '../../src/core/engine/chunk-store';

/** Per-person columns of the whole population (global index order). */
export interface PeopleColumns {
  codes?: Record<string, number[]>;
  values?: Record<string, number[]>;
  observed?: Record<string, number[]>;
  price?: number[];
  converts?: number[];
  clicks?: number[];
  consent?: number[];
  conversionProb?: number[];
  clickProb?: number[];
}

/** Splits `n` people into chunks of the given sizes (the last size repeats until n is covered). */
export function chunkSizes(n: number, sizes: number[]): { start: number; size: number }[] {
  const spans: { start: number; size: number }[] = [];
  for (let start = 0, k = 0; start < n; k++) {
    const size = Math.min(sizes[Math.min(k, sizes.length - 1)] ?? n, n - start);
    spans.push({ start, size });
    start += size;
  }
  return spans;
}

export function buildChunks(n: number, sizes: number[], people: PeopleColumns): PopulationChunk[] {
  const slice = <T>(make: (xs: number[]) => T, xs: number[] | undefined, start: number, size: number, fill = 0) =>
    make(xs ? xs.slice(start, start + size) : new Array<number>(size).fill(fill));
  const record = <T>(make: (xs: number[]) => T, cols: Record<string, number[]> | undefined, start: number, size: number) =>
    Object.fromEntries(Object.entries(cols ?? {}).map(([k, xs]) => [k, slice(make, xs, start, size)]));
  return chunkSizes(n, sizes).map(({ start, size }, index) => ({
    index,
    start,
    size,
    codes: record((xs) => Uint8Array.from(xs), people.codes, start, size),
    values: record((xs) => Float64Array.from(xs), people.values, start, size),
    observed: record((xs) => Float32Array.from(xs), people.observed, start, size),
    conversionProb: slice((xs) => Float32Array.from(xs), people.conversionProb, start, size),
    converts: slice((xs) => Uint8Array.from(xs), people.converts, start, size),
    clickProb: slice((xs) => Float32Array.from(xs), people.clickProb, start, size),
    clicks: slice((xs) => Uint8Array.from(xs), people.clicks, start, size),
    price: slice((xs) => Float64Array.from(xs), people.price, start, size, 1),
    consent: slice((xs) => Uint8Array.from(xs), people.consent, start, size, 1),
  }));
}

export class FixtureRunner implements ChunkRunner {
  readonly states: ChunkState[];

  /** `visit` is the order chunks are processed in (default: chunk order). */
  constructor(
    scenario: Scenario,
    seed: Seed,
    chunks: PopulationChunk[],
    private readonly visit: number[] = chunks.map((_, i) => i),
  ) {
    this.states = chunks.map((chunk) => ({ scenario, seed, index: chunk.index, chunk, store: new ChunkStore() }));
  }

  get chunkCount(): number {
    return this.states.length;
  }

  async map<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args, signal?: AbortSignalLike): Promise<Result[]> {
    const fn = (state: ChunkState, a: Args) => task.run(state, a);
    const out: Result[] = new Array(this.states.length);
    for (const i of this.visit) {
      throwIfAborted(signal);
      // Round-trip through structured clone, as a worker would.
      out[i] = structuredClone(fn(this.states[i] as ChunkState, structuredClone(args)));
    }
    return out;
  }

  /** Puts a per-person global array into every chunk's store as the given typed array. */
  put(key: string, make: (xs: number[]) => unknown, xs: number[]): void {
    const column = storeKey<unknown>(key);
    for (const s of this.states) {
      const c = s.chunk as PopulationChunk;
      s.store.set(column, make(xs.slice(c.start, c.start + c.size)));
    }
  }

  /** Concatenates a per-chunk store array back into global order. */
  gather(key: string): number[] {
    return this.states.flatMap((s) => Array.from(s.store.get(storeKey<ArrayLike<number>>(key)) ?? []));
  }
}

/** A stand-in scenario for tasks that do not read it. */
export const NO_SCENARIO = {} as Scenario;

/**
 * Builds the per-chunk states a runner holds for a scenario and seed, carrying the generated people
 * and the chunk's store over from the previous states when the population identity is unchanged. Shared
 * by the in-process LocalRunner and the worker, so reuse behaves the same everywhere. What a kept
 * store may be reused for is decided by the coordinator (policies/run-cache.ts), which empties it
 * when the inputs differ.
 */
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import { populationIdentity } from './population-identity';
import type { ChunkState } from './chunk-state';
import { ChunkStore } from './chunk-store';

export interface LoadedStates {
  readonly key: string;
  readonly states: ChunkState[];
  /** True when every chunk kept its generated people. */
  readonly kept: boolean;
}

export function loadChunkStates(
  previous: { readonly key: string; readonly states: readonly ChunkState[] } | undefined,
  scenario: Scenario,
  seed: Seed,
  indices: readonly number[],
): LoadedStates {
  const key = populationIdentity(scenario, seed);
  const old = new Map<number, ChunkState>();
  if (previous?.key === key) for (const s of previous.states) old.set(s.index, s);
  let kept = true;
  const states = indices.map((index): ChunkState => {
    const before = old.get(index);
    const chunk = before?.chunk;
    if (!chunk) kept = false;
    return { scenario, seed, index, chunk, store: chunk && before ? before.store : new ChunkStore() };
  });
  return { key, states, kept };
}

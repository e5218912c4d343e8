/**
 * Builds the per-chunk states a runner holds for a scenario and seed, carrying the generated people
 * over from the previous states when the population key is unchanged. Shared by the in-process
 * LocalRunner and the worker, so reuse behaves the same everywhere.
 */
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import { populationKey } from './population-key';
import type { ChunkState } from './runner';

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
  const key = populationKey(scenario, seed);
  const old = new Map<number, ChunkState>();
  if (previous?.key === key) for (const s of previous.states) old.set(s.index, s);
  let kept = true;
  const states = indices.map((index): ChunkState => {
    const chunk = old.get(index)?.chunk;
    if (!chunk) kept = false;
    // A fresh store: eligibility, history, scores and selections depend on more than the people.
    return { scenario, seed, index, chunk, store: new Map() };
  });
  return { key, states, kept };
}

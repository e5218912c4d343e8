/**
 * The one guard for "chunk not generated" and the one accessor for a stored column, with errors
 * that say which step is missing. Only tasks import this (the page bundle never does).
 */
import type { PopulationChunk } from '../population/chunk';
import type { ChunkState } from './chunk-state';
import type { StoreKey } from './chunk-store';

/** The chunk's generated people; throws if the `generate` task has not run on it. */
export function generatedChunk(state: ChunkState): PopulationChunk {
  if (!state.chunk) throw new Error(`chunk ${state.index} has no people yet: run the generate task first`);
  return state.chunk;
}

/** The stored column under `key`; throws, naming the key, if no task has written it. */
export function stored<T>(state: ChunkState, key: StoreKey<T>): T {
  const value = state.store.get(key);
  if (value === undefined) throw new Error(`chunk ${state.index} has no "${key}" column yet`);
  return value;
}

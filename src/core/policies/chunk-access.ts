/** Typed access to a chunk's people and store, with errors that say which step is missing. */
import type { ChunkState } from '../engine/runner';
import type { PopulationChunk } from '../population/chunk';
import { own } from '../records/own';
import { categoricalById } from '../inference/derived';

export function requireChunk(state: ChunkState): PopulationChunk {
  if (!state.chunk) throw new Error(`chunk ${state.index} has no people yet: run the generate task first`);
  return state.chunk;
}

export function requireMask(state: ChunkState, key: string): Uint8Array {
  const v = state.store.get(key);
  if (!(v instanceof Uint8Array)) throw new Error(`chunk ${state.index} has no "${key}" mask yet`);
  return v;
}

export function requireScores(state: ChunkState, key: string): Float32Array {
  const v = state.store.get(key);
  if (!(v instanceof Float32Array)) throw new Error(`chunk ${state.index} has no "${key}" scores yet`);
  return v;
}

/** Category codes of a categorical attribute, and how many categories it has. */
export function groupCodes(state: ChunkState, attribute: string): { codes: Uint8Array; groups: number } {
  const chunk = requireChunk(state);
  const attr = categoricalById(state.scenario, attribute);
  const codes = own(chunk.codes, attribute);
  if (!attr || !codes) throw new Error(`"${attribute}" is not a categorical attribute`);
  return { codes, groups: attr.categories.length };
}

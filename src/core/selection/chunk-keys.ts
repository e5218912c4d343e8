/** The per-chunk side of the selection: sort keys of this chunk's candidates, cached between rounds. */
import type { ChunkState } from '../engine/runner';
import type { PopulationChunk } from '../population/chunk';
import { stream } from '../random/stream';
import type { SelectionRequest } from './request';
import { scoreWord, tieWord } from './sort-key';

export interface ChunkSortKeys {
  /** Score word and tie word per person (the index word is computed from the position). */
  readonly w0: Uint32Array;
  readonly w1: Uint32Array;
  /** The person's selection group (0 without groups); -1 if not a candidate. */
  readonly group: Int16Array;
  /** Effective score (score × multiplier, rounded to float32). */
  readonly score: Float32Array;
}

export function groupCount(req: SelectionRequest): number {
  return req.groups ? req.groups.budgets.length : 1;
}

export function generatedChunk(state: ChunkState): PopulationChunk {
  if (!state.chunk) throw new Error(`chunk ${state.index} has not been generated`);
  return state.chunk;
}

function storedCodes(chunk: PopulationChunk, attribute: string, what: string): Uint8Array {
  const codes = chunk.codes[attribute];
  if (!codes) throw new Error(`selection ${what}: "${attribute}" is not a categorical attribute`);
  return codes;
}

const cacheKey = (req: SelectionRequest) => `${req.outKey}#sortKeys`;

/** Builds the chunk's sort keys and caches them in the store under a key derived from outKey. */
export function prepareSortKeys(state: ChunkState, req: SelectionRequest): ChunkSortKeys {
  const chunk = generatedChunk(state);
  const raw = state.store.get(req.scoreKey);
  if (!(raw instanceof Float32Array) || raw.length !== chunk.size)
    throw new Error(`chunk ${state.index}: store key "${req.scoreKey}" holds no Float32Array score of ${chunk.size}`);
  const n = chunk.size;
  const groupCodes = req.groups ? storedCodes(chunk, req.groups.attribute, 'groups') : undefined;
  const groups = groupCount(req);
  const weightCodes = req.weights ? storedCodes(chunk, req.weights.attribute, 'weights') : undefined;
  const multipliers = req.weights?.multipliers ?? [];
  const tie = stream(state.seed, 'chunk', state.index, 'tie', req.tieStream);
  const keys: ChunkSortKeys = {
    w0: new Uint32Array(n),
    w1: new Uint32Array(n),
    group: new Int16Array(n),
    score: new Float32Array(n),
  };
  for (let i = 0; i < n; i++) {
    // One draw per person, candidate or not, so each person keeps their draw when others change.
    const u = tie.next();
    const g = groupCodes ? (groupCodes[i] as number) : 0;
    const m = weightCodes ? (multipliers[weightCodes[i] as number] ?? 1) : 1;
    const s = Math.fround((raw[i] as number) * m);
    if (s !== s || g >= groups) {
      keys.group[i] = -1;
      continue;
    }
    keys.group[i] = g;
    keys.score[i] = s;
    keys.w0[i] = scoreWord(s);
    keys.w1[i] = tieWord(u);
  }
  state.store.set(cacheKey(req), keys);
  return keys;
}

export function cachedSortKeys(state: ChunkState, req: SelectionRequest): ChunkSortKeys {
  const keys = state.store.get(cacheKey(req)) as ChunkSortKeys | undefined;
  if (!keys) throw new Error(`chunk ${state.index}: selection "${req.outKey}" was not prepared`);
  return keys;
}

export function dropSortKeys(state: ChunkState, req: SelectionRequest): void {
  state.store.delete(cacheKey(req));
}

/**
 * The per-chunk side of the selection: sort keys of this chunk's candidates, cached between rounds,
 * and the list of candidates still inside their group's cut bin, so later rounds touch only those.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { sortKeysKey } from '../engine/store-keys';
import type { PopulationChunk } from '../population/chunk';
import type { SelectionRequest } from './request';
import type { AleaState } from './tie-words';
import { aleaState, TWO_32 } from './tie-words';

export interface ChunkSortKeys {
  /** Score word per person (scoreWord of the effective score); 0 = not a candidate (no score maps to 0). */
  readonly w0: Uint32Array;
  /** Tie word per person (the index word is computed from the position). */
  readonly w1: Uint32Array;
  /** Selection group (category code) per person; undefined without groups (everyone is group 0). */
  readonly groups: Uint8Array | undefined;
  /**
   * Candidates whose key starts with their group's current prefix, group by group, ascending within
   * a group; null = every candidate.
   */
  active: Uint32Array | null;
  /**
   * After the first round: `active` holds every candidate sorted by (group, first key byte), stable,
   * and bucket (g, byte) is active[buckets[g * 256 + byte] .. buckets[g * 256 + byte + 1]).
   */
  buckets: Uint32Array | null;
  /** A buffer of one word per person for the active list, reused like w0 and w1. */
  readonly order: Uint32Array;
}

type Buffers = Pick<ChunkSortKeys, 'w0' | 'w1' | 'order'>;

/**
 * Key buffers of finished selections, per chunk state, for the next selection to reuse (allocating
 * and faulting in fresh megabytes per selection cost more than filling them). Selections running
 * at the same time each take their own.
 */
const spare = new WeakMap<ChunkState, Buffers[]>();

function takeBuffers(state: ChunkState, n: number): Buffers {
  const pool = spare.get(state);
  const found = pool?.pop();
  if (found && found.w0.length === n) return found;
  return { w0: new Uint32Array(n), w1: new Uint32Array(n), order: new Uint32Array(n) };
}

/** Per-group histograms over one key byte: counts[g * 256 + byte], and price sums (empty if not wanted). */
export interface SelectionHistogram {
  readonly counts: Uint32Array;
  readonly sums: Float64Array;
  /**
   * Per group, the bitwise AND and OR of the counted keys' first two words (and0, or0, and1, or1):
   * the bits where they agree are shared by everyone counted. Absent in the first round.
   */
  common?: Int32Array;
}

export function groupCount(req: SelectionRequest): number {
  return req.groups ? req.groups.budgets.length : 1;
}

/** Spend budgets need the price sums of the bins; reach budgets only their counts. */
export function emptyHistogram(req: SelectionRequest): SelectionHistogram {
  const bins = groupCount(req) * 256;
  return { counts: new Uint32Array(bins), sums: new Float64Array(req.budget.kind === 'spend' ? bins : 0) };
}

function storedCodes(chunk: PopulationChunk, attribute: string, what: string): Uint8Array {
  const codes = chunk.codes[attribute];
  if (!codes) throw new Error(`selection ${what}: "${attribute}" is not a categorical attribute`);
  return codes;
}

const cacheKey = (req: SelectionRequest) => sortKeysKey<ChunkSortKeys>(req.outKey);

/** The effective score (score × multiplier, as float32) per person, as the ranking sees it. */
export function effectiveScores(state: ChunkState, req: SelectionRequest): { raw: Float32Array; mult: Float64Array | null; codes: Uint8Array | null } {
  const chunk = generatedChunk(state);
  const raw = stored(state, req.scoreKey);
  if (raw.length !== chunk.size)
    throw new Error(`chunk ${state.index}: store key "${req.scoreKey}" holds no Float32Array score of ${chunk.size}`);
  if (!req.weights) return { raw, mult: null, codes: null };
  const multipliers = req.weights.multipliers;
  const mult = new Float64Array(256).map((_, c) => multipliers[c] ?? 1);
  return { raw, mult, codes: storedCodes(chunk, req.weights.attribute, 'weights') };
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

interface KeyColumns {
  raw: Float32Array;
  mult: Float64Array | null;
  codes: Uint8Array | null;
  groups: Uint8Array | undefined;
  groupLimit: number;
  price: Float64Array;
}

/** The hot loop of prepareSortKeys (a function of its own, so it is optimised on its own). */
function fillKeys(cols: KeyColumns, tie: AleaState, w0: Uint32Array, w1: Uint32Array, counts?: Uint32Array, sums?: Float64Array): void {
  const { raw, mult, codes, groups, groupLimit, price } = cols;
  const n = w0.length;
  const rawBits = new Uint32Array(raw.buffer, raw.byteOffset, n);
  // The tie-break stream, stepped inline (tie-words.ts): one draw per person, candidate or not, so
  // each person keeps their draw when others change. Its latency chain overlaps the key work.
  let { c, s0, s1, s2 } = tie;
  for (let i = 0; i < n; i++) {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10; // 2^-32
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    const g = groups ? (groups[i] as number) : 0;
    // The buffers may be reused: every person's score word is written, 0 for no candidate.
    w0[i] = 0;
    if (g >= groupLimit) continue;
    let bits: number;
    if (mult && codes) {
      f32[0] = Math.fround((raw[i] as number) * (mult[codes[i] as number] as number));
      bits = u32[0] as number;
    } else bits = rawBits[i] as number;
    // scoreWord (sort-key.ts) on the float32 bits: NaN is no candidate, -0 and +0 tie.
    if ((bits & 0x7fffffff) > 0x7f800000) continue;
    const k = bits === 0x80000000 ? 0x80000000 : bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
    w0[i] = k;
    w1[i] = Math.floor(s2 * TWO_32) >>> 0;
    if (counts) {
      const bin = (g << 8) | (k >>> 24);
      counts[bin] = (counts[bin] as number) + 1;
      if (sums) sums[bin] = (sums[bin] as number) + (price[i] as number);
    }
  }
}

/** Counting sort of the candidates by (group, first key byte), so the next round reads one bucket. */
function bucketByFirstByte(keys: ChunkSortKeys, counts: Uint32Array, buffer: Uint32Array): void {
  const { w0, groups } = keys;
  const buckets = new Uint32Array(counts.length + 1);
  for (let b = 0; b < counts.length; b++) buckets[b + 1] = (buckets[b] as number) + (counts[b] as number);
  const next = buckets.slice(0, counts.length);
  const order = buffer.subarray(0, buckets[counts.length] as number);
  for (let i = 0; i < w0.length; i++) {
    const a = w0[i] as number;
    if (a === 0) continue;
    const bin = ((groups ? (groups[i] as number) : 0) << 8) | (a >>> 24);
    const at = next[bin] as number;
    order[at] = i;
    next[bin] = at + 1;
  }
  keys.active = order;
  keys.buckets = buckets;
}

/**
 * Builds the chunk's sort keys and caches them in the store under a key derived from outKey. With
 * `hist`, also counts (and sums prices of) every candidate by the first key byte, per group.
 */
export function prepareSortKeys(state: ChunkState, req: SelectionRequest, hist?: SelectionHistogram): ChunkSortKeys {
  const chunk = generatedChunk(state);
  const n = chunk.size;
  const groups = req.groups ? storedCodes(chunk, req.groups.attribute, 'groups') : undefined;
  const cols: KeyColumns = { ...effectiveScores(state, req), groups, groupLimit: groupCount(req), price: chunk.price };
  const { w0, w1, order } = takeBuffers(state, n);
  const tie = aleaState(state.seed, ['chunk', state.index, 'tie', req.tieStream]);
  fillKeys(cols, tie, w0, w1, hist?.counts, hist && hist.sums.length > 0 ? hist.sums : undefined);
  const keys: ChunkSortKeys = { w0, w1, groups, active: null, buckets: null, order };
  if (hist) bucketByFirstByte(keys, hist.counts, order);
  state.store.set(cacheKey(req), keys);
  return keys;
}

export function cachedSortKeys(state: ChunkState, req: SelectionRequest): ChunkSortKeys {
  const keys = state.store.get(cacheKey(req));
  if (!keys) throw new Error(`chunk ${state.index}: selection "${req.outKey}" was not prepared`);
  return keys;
}

export function dropSortKeys(state: ChunkState, req: SelectionRequest): void {
  const keys = state.store.get(cacheKey(req));
  state.store.delete(cacheKey(req));
  if (!keys) return;
  const pool = spare.get(state) ?? [];
  // One spare set per chunk is enough for selections that run one after another.
  if (pool.length === 0) pool.push({ w0: keys.w0, w1: keys.w1, order: keys.order });
  spare.set(state, pool);
}

/**
 * The per-chunk side of the selection: sort keys of this chunk's candidates, cached between rounds,
 * the chunk's counts over the first two key bytes (so the second round needs no pass), and the
 * list of candidates still inside their group's cut bin, so later rounds touch only those.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { sortKeysKey } from '../engine/store-keys';
import type { PopulationChunk } from '../population/chunk';
import type { SelectionRequest } from './request';
import { aleaState, tieWordsInto } from './tie-words';

/**
 * The chunk's counts (and price sums, for spend budgets) over the first two key bytes, per group:
 * counts[g * 65536 + byte0 * 256 + byte1]. They are exactly the counts and sums, in person order,
 * that the second round would take inside any first-byte bin, so it answers from them.
 */
export interface TwoByteCounts {
  readonly counts: Uint16Array;
  readonly sums: Float64Array;
}

export interface ChunkSortKeys {
  /** Score word per person (scoreWord of the effective score); 0 = not a candidate (no score maps to 0). */
  readonly w0: Uint32Array;
  /** Tie word per person (the index word is computed from the position). */
  readonly w1: Uint32Array;
  /** Selection group (category code) per person; all 0 without groups (`grouped` false). */
  readonly groups: Uint8Array;
  readonly grouped: boolean;
  /** The effective score per person (score × multiplier, as float32), as the ranking sees it. */
  readonly scores: Float32Array;
  /** Candidates whose key starts with their group's current prefix, in person order; null = every candidate. */
  active: Uint32Array | null;
  /** Until the second round: the first round's two-byte counts (null when too large to keep). */
  twoByte: TwoByteCounts | null;
  /** A buffer of one word per person for the active list, reused like w0 and w1. */
  readonly order: Uint32Array;
  /**
   * From the first narrowing on: the candidates (and perhaps no-candidates) whose first key word,
   * masked to their group's prefix then, is at or above the prefix's, in person order (a list of
   * its own, as long as it needs). Everyone a later cut inside that prefix selects is among them (apply.ts).
   */
  upper: Int32Array | null;
  /** Per code: the group's prefix length at the first narrowing, −1 if it had none (its people are then not in `upper`). */
  readonly upperDepth: Int32Array;
}

type Buffers = Pick<ChunkSortKeys, 'w0' | 'w1' | 'order'>;

/**
 * Key buffers of finished selections, per chunk state, for the next selection to reuse (allocating
 * and faulting in fresh megabytes per selection cost more than filling them). Selections running
 * at the same time each take their own.
 */
const spare = new WeakMap<ChunkState, Buffers[]>();
const spareTwoByte = new WeakMap<ChunkState, TwoByteCounts[]>();

function takeBuffers(state: ChunkState, n: number): Buffers {
  const pool = spare.get(state);
  const found = pool?.pop();
  if (found && found.w0.length === n) return found;
  return { w0: new Uint32Array(n), w1: new Uint32Array(n), order: new Uint32Array(n) };
}

/**
 * Two-byte counts fit in 16 bits below 65,536 people a chunk; they are kept for few groups (and
 * one with price sums) so that a chunk holds at most 512 KiB of them between the first two rounds.
 */
function twoByteFits(n: number, groups: number, withSums: boolean): boolean {
  return n < 65536 && groups <= (withSums ? 1 : 4);
}

function takeTwoByte(state: ChunkState, groups: number, withSums: boolean): TwoByteCounts {
  const bins = groups * 65536;
  const pool = spareTwoByte.get(state);
  const found = pool?.pop();
  if (found && found.counts.length === bins && found.sums.length === (withSums ? bins : 0)) {
    found.counts.fill(0);
    found.sums.fill(0);
    return found;
  }
  return { counts: new Uint16Array(bins), sums: new Float64Array(withSums ? bins : 0) };
}

/** Gives the chunk's two-byte counts back to the pool once the second round has read them. */
export function releaseTwoByte(state: ChunkState, keys: ChunkSortKeys): void {
  const held = keys.twoByte;
  keys.twoByte = null;
  if (!held) return;
  const pool = spareTwoByte.get(state) ?? [];
  if (pool.length === 0) pool.push(held);
  spareTwoByte.set(state, pool);
}

/** Per-group histograms over one key byte: counts[g * 256 + byte], and price sums (empty if not wanted). */
export interface SelectionHistogram {
  readonly counts: Uint32Array;
  readonly sums: Float64Array;
  /**
   * Per group, the bitwise AND and OR of the counted keys' first two words (and0, or0, and1, or1):
   * the bits where they agree are shared by everyone counted. Null in the first two rounds (always
   * present, so every histogram has one shape wherever it is read).
   */
  common: Int32Array | null;
}

export function groupCount(req: SelectionRequest): number {
  return req.groups ? req.groups.budgets.length : 1;
}

/** Spend budgets need the price sums of the bins; reach budgets only their counts. */
export function emptyHistogram(req: SelectionRequest): SelectionHistogram {
  const bins = groupCount(req) * 256;
  return { counts: new Uint32Array(bins), sums: new Float64Array(req.budget.kind === 'spend' ? bins : 0), common: null };
}

function storedCodes(chunk: PopulationChunk, attribute: string, what: string): Uint8Array {
  const codes = chunk.codes[attribute];
  if (!codes) throw new Error(`selection ${what}: "${attribute}" is not a categorical attribute`);
  return codes;
}

/** A shared all-zero code column of n people (everyone in group 0); never written. */
const zeroCodes = new Map<number, Uint8Array>();
function zeros(n: number): Uint8Array {
  let z = zeroCodes.get(n);
  if (!z) zeroCodes.set(n, (z = new Uint8Array(n)));
  return z;
}

const cacheKey = (req: SelectionRequest) => sortKeysKey<ChunkSortKeys>(req.outKey);

/** The effective score (score × multiplier, as float32) per person, as the ranking sees it. */
function effectiveScores(state: ChunkState, req: SelectionRequest): Float32Array {
  const chunk = generatedChunk(state);
  const raw = stored(state, req.scoreKey);
  if (raw.length !== chunk.size)
    throw new Error(`chunk ${state.index}: store key "${req.scoreKey}" holds no Float32Array score of ${chunk.size}`);
  if (!req.weights) return raw;
  const multipliers = req.weights.multipliers;
  const mult = new Float64Array(256).map((_, c) => multipliers[c] ?? 1);
  const codes = storedCodes(chunk, req.weights.attribute, 'weights');
  const out = new Float32Array(raw.length);
  // Stored as float32, as Math.fround would round it.
  for (let i = 0; i < raw.length; i++) out[i] = (raw[i] as number) * (mult[codes[i] as number] as number);
  return out;
}

/**
 * The hot loop of prepareSortKeys: every person's score word (w1, the tie words, are drawn
 * before), and the counts (and price sums when `sums` is not empty) of every candidate by (group,
 * first byte) into `counts` and by (group, first two bytes) into `twoCounts`. Always the same
 * argument types, so V8 compiles it once; every column is an argument of its own (a property read
 * before the loop would have no type feedback when V8 compiles the loop on its first long run).
 * Without two-byte counts, `twoCounts` is a one-bin stand-in and `twoMask` 0 sends every count there.
 */
function fillKeys(
  bits: Uint32Array,
  groups: Uint8Array,
  groupLimit: number,
  price: Float64Array,
  w0: Uint32Array,
  counts: Uint32Array,
  sums: Float64Array,
  twoCounts: Uint16Array,
  twoSums: Float64Array,
  twoMask: number,
  withSums: boolean,
): void {
  for (let i = 0; i < w0.length; i++) {
    const g = groups[i] as number;
    // The buffers may be reused: every person's score word is written, 0 for no candidate.
    if (g >= groupLimit) {
      w0[i] = 0;
      continue;
    }
    // scoreWord (sort-key.ts) on the float32 bits without a branch on the score (a mispredicted
    // branch per person would cost more than the work): -0 ties +0; positive scores set the top
    // bit, negative ones flip every bit; NaN (any exponent-all-ones word above infinity's) is no
    // candidate, counted as 0 into its bins and given the word 0.
    const b = (bits[i] as number) === 0x80000000 ? 0 : (bits[i] as number);
    const k = (b ^ ((b >> 31) | 0x80000000)) >>> 0;
    const isNumber = ((b & 0x7fffffff) - 0x7f800001) >>> 31;
    w0[i] = k & -isNumber;
    const bin = (g << 8) | (k >>> 24);
    const fine = ((g << 16) | (k >>> 16)) & twoMask;
    counts[bin] = (counts[bin] as number) + isNumber;
    twoCounts[fine] = (twoCounts[fine] as number) + isNumber;
    if (withSums && isNumber === 1) {
      const p = price[i] as number;
      sums[bin] = (sums[bin] as number) + p;
      twoSums[fine] = (twoSums[fine] as number) + p;
    }
  }
}

/**
 * Builds the chunk's sort keys and caches them in the store under a key derived from outKey; counts
 * (and sums prices of) every candidate by the first key byte, per group, into `hist`.
 */
export function prepareSortKeys(state: ChunkState, req: SelectionRequest, hist: SelectionHistogram): ChunkSortKeys {
  const chunk = generatedChunk(state);
  const n = chunk.size;
  const grouped = req.groups !== undefined;
  const groups = req.groups ? storedCodes(chunk, req.groups.attribute, 'groups') : zeros(n);
  const scores = effectiveScores(state, req);
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, n);
  const groupLimit = groupCount(req);
  const { w0, w1, order } = takeBuffers(state, n);
  const tie = aleaState(state.seed, ['chunk', state.index, 'tie', req.tieStream]);
  const withSums = hist.sums.length > 0;
  const keep = twoByteFits(n, groupLimit, withSums);
  const two = keep ? takeTwoByte(state, groupLimit, withSums) : { counts: new Uint16Array(1), sums: new Float64Array(withSums ? 1 : 0) };
  // The tie-break stream: one draw per person, candidate or not, so each person keeps their draw
  // when others change.
  tieWordsInto(tie, w1);
  fillKeys(bits, groups, groupLimit, chunk.price, w0, hist.counts, hist.sums, two.counts, two.sums, keep ? -1 : 0, withSums);
  const keys: ChunkSortKeys = {
    w0,
    w1,
    groups,
    grouped,
    scores,
    active: null,
    twoByte: keep ? two : null,
    order,
    upper: null,
    upperDepth: new Int32Array(256),
  };
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
  releaseTwoByte(state, keys);
  const pool = spare.get(state) ?? [];
  // One spare set per chunk is enough for selections that run one after another.
  if (pool.length === 0) pool.push({ w0: keys.w0, w1: keys.w1, order: keys.order });
  spare.set(state, pool);
}

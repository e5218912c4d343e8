/**
 * Chunk tasks of the global selection (see select-top.ts for the plan). Each round sends only a
 * prefix per group and returns 256 counts (and price sums) per group, or the few keys in one bin.
 * The first round builds the keys and counts the first two key bytes; the second answers from those
 * counts; each later round keeps only the candidates inside their group's new prefix (an ascending
 * index list), so after one pass over the chunk it costs the size of the cut bin.
 */
import { generatedChunk } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { SelectionRequest } from './request';
import type { ChunkSortKeys, SelectionHistogram, TwoByteCounts } from './chunk-sort-keys';
import { cachedSortKeys, emptyHistogram, prepareSortKeys, releaseTwoByte } from './chunk-sort-keys';
import { indexWord, prefixTest } from './sort-key';

export type { SelectionHistogram } from './chunk-sort-keys';
export { selectionApply } from './apply';
export type { AppliedSelection, ChunkSelection, GroupCut } from './apply';

/** Per group: the key bytes fixed so far, or null when the group's cut is already known. */
export type GroupPrefixes = (number[] | null)[];

/** Per group as int32 words: prefix masks m0..m2 and values v0..v2 (6 per group), and prefix lengths. */
interface PrefixTests {
  readonly words: Int32Array;
  /** Prefix length per group; -1 = the group takes no part. */
  readonly depth: Int32Array;
  /** 1 for groups whose candidates are kept but not visited (they wait for their keys). */
  readonly held: Uint8Array;
}

/** Every group out of the search: nobody passes its first word's test (mask 0, value 1: 0 is never 1). */
const OUT_OF_SEARCH = new Int32Array(256 * 6).map((_, k) => (k % 6 === 3 ? 1 : 0));

function prefixTests(prefixes: GroupPrefixes, held?: GroupPrefixes): PrefixTests {
  // For every code a person can have (people whose code has no budget are no candidates), so the
  // hot loop never reads past the end.
  // Copied from OUT_OF_SEARCH, not filled by a loop here (a loop would make this small function
  // hot enough to be compiled in every worker).
  const words = OUT_OF_SEARCH.slice();
  const depth = new Int32Array(256).fill(-1);
  const heldGroups = new Uint8Array(256);
  prefixes.forEach((q, g) => {
    const p = q ?? held?.[g];
    if (!p) return;
    if (!q) heldGroups[g] = 1;
    const t = prefixTest(p);
    for (let w = 0; w < 3; w++) {
      words[g * 6 + w] = t.mask[w] as number;
      words[g * 6 + 3 + w] = t.value[w] as number;
    }
    depth[g] = p.length;
  });
  return { words, depth, held: heldGroups };
}

/**
 * Keeps, as the new active list (in person order), the candidates whose key starts with their
 * group's prefix (or held prefix), and counts (and sums prices of) the kept candidates of the
 * groups not held, by their next key byte, into `hist` (with their keys' common bits).
 */
function narrowActive(state: ChunkState, keys: ChunkSortKeys, t: PrefixTests, hist: SelectionHistogram): Uint32Array {
  const chunk = generatedChunk(state);
  const groups = hist.counts.length / 256;
  const common = new Int32Array(groups * 4);
  for (let g = 0; g < groups; g++) common[g * 4] = common[g * 4 + 2] = -1;
  // The first narrowing reads every person, keeping in the spare buffer those whose first word
  // passes (nearly everyone else is turned away there), and in `upper` those at or above it; the
  // rest of the test narrows in place.
  const source = keys.active ?? firstNarrowing(keys, t);
  const kept = keepInPrefix(source, keys.w0, keys.w1, keys.groups, 0xffffffff - chunk.start, t.words, t.depth, t.held, chunk.price, hist.counts, hist.sums, common, source, hist.sums.length > 0);
  hist.common = common;
  keys.active = source.subarray(0, kept);
  return keys.active;
}

/** Where the first narrowing lists the people at or above the bin, reused from chunk to chunk (tasks run one at a time). */
let upperScratch = new Int32Array(0);

/** The first narrowing's pass over every person: fills keys.upper and returns the people passing the first-word test. */
function firstNarrowing(keys: ChunkSortKeys, t: PrefixTests): Uint32Array {
  const counts = new Int32Array(2);
  if (upperScratch.length < keys.w0.length) upperScratch = new Int32Array(keys.w0.length);
  firstWordPasses(keys.w0, keys.groups, t.words, keys.order, upperScratch, counts);
  keys.upperDepth.set(t.depth);
  // Copied out of the shared scratch: few people, where a buffer per chunk would hold 4 bytes a person.
  keys.upper = upperScratch.slice(0, counts[1] as number);
  return keys.order.subarray(0, counts[0] as number);
}

/**
 * Writes to `out` everyone whose score word passes their group's first-word test, and to `upper`
 * everyone whose masked word is at or above the test's value (unsigned), both in person order;
 * counts[0] and counts[1] say how many. A group out of the search (mask 0, value 1) has nobody in either.
 */
function firstWordPasses(w0: Uint32Array, groups: Uint8Array, words: Int32Array, out: Uint32Array, upper: Int32Array, counts: Int32Array): void {
  let kept = 0;
  let above = 0;
  for (let i = 0; i < w0.length; i++) {
    const o = (groups[i] as number) * 6;
    const x = ((w0[i] as number) & (words[o] as number)) >>> 0;
    const v = (words[o + 3] as number) >>> 0;
    // Few pass (the cut bin and the ranks above it): a branch nearly always not taken.
    if (x >= v) {
      upper[above++] = i;
      if (x === v) out[kept++] = i;
      counts[0] = kept;
      counts[1] = above;
    }
  }
}

/**
 * The hot loop of narrowActive: writes to `out` (which may be `source` itself: it writes no further
 * than it has read) the people of `source` inside their group's prefix; returns how many. Every
 * column is an argument of its own: a property read before the loop would have no type feedback
 * when V8 compiles the loop during its first long run, and deoptimise on the next call.
 */
function keepInPrefix(
  source: Uint32Array,
  w0: Uint32Array,
  w1: Uint32Array,
  groups: Uint8Array,
  last: number,
  words: Int32Array,
  depth: Int32Array,
  held: Uint8Array,
  price: Float64Array,
  counts: Uint32Array,
  sums: Float64Array,
  common: Int32Array,
  out: Uint32Array,
  withSums: boolean,
): number {
  let kept = 0;
  for (let j = 0; j < source.length; j++) {
    const i = source[j] as number;
    const a = w0[i] as number;
    const g = groups[i] as number;
    const o = g * 6;
    if ((a & (words[o] as number)) !== words[o + 3]) continue;
    const d = depth[g] as number;
    if (a === 0 || d < 0) continue;
    const b = w1[i] as number;
    if ((b & (words[o + 1] as number)) !== words[o + 4]) continue;
    const c = last - i;
    if ((c & (words[o + 2] as number)) !== words[o + 5]) continue;
    out[kept++] = i;
    if (held[g] === 1) continue;
    // keyByte (sort-key.ts) inlined, picking the word by masks, not by branches: a branch on
    // d < 8 is first taken when a prefix passes 4 bytes (a tied score), often only after V8 has
    // compiled this loop, which it would then deoptimise for want of type feedback.
    const before4 = (d - 4) >> 31;
    const before8 = (d - 8) >> 31;
    const w = (a & before4) | (b & before8 & ~before4) | (c & ~before8);
    const bin = (g << 8) | ((w >>> (24 - 8 * (d & 3))) & 255);
    counts[bin] = (counts[bin] as number) + 1;
    if (withSums) sums[bin] = (sums[bin] as number) + (price[i] as number);
    const q = g * 4;
    common[q] = (common[q] as number) & a;
    common[q + 1] = (common[q + 1] as number) | a;
    common[q + 2] = (common[q + 2] as number) & b;
    common[q + 3] = (common[q + 3] as number) | b;
  }
  return kept;
}

interface HistogramArgs {
  request: SelectionRequest;
  prefixes: GroupPrefixes;
  held?: GroupPrefixes;
  prepare: boolean;
}

/** The chunks' histograms added in chunk order; `commons` per chunk when every chunk gave them. */
export interface MergedHistogram {
  /** counts[g * 256 + byte] over every chunk. */
  readonly counts: Float64Array;
  /** Price sums likewise (zeros for reach budgets, which come without them). */
  readonly sums: Float64Array;
  readonly commons: Int32Array[] | null;
}

/**
 * Task: counts candidates and sums prices per group over the next key byte within each group's
 * prefix. Groups in `held` (waiting for their keys) keep their candidates but are not counted.
 */
export const selectionHistogram = chunkTask('selectionHistogram', histogramRound, mergeHistograms);

function mergeHistograms(parts: readonly SelectionHistogram[], args: HistogramArgs): MergedHistogram {
  const bins = args.prefixes.length * 256;
  const counts = new Float64Array(bins);
  const sums = new Float64Array(bins);
  for (const h of parts) {
    addBins(counts, h.counts, bins);
    // Reach budgets come without price sums (they only need counts).
    if (h.sums.length > 0) addBins(sums, h.sums, bins);
  }
  const commons = parts.every((h) => h.common) ? parts.map((h) => h.common as Int32Array) : null;
  return { counts, sums, commons };
}

/** into[b] += from[b] for b < bins: the merge's loop alone (the merge itself stays cold code). */
function addBins(into: Float64Array, from: Uint32Array | Float64Array, bins: number): void {
  for (let b = 0; b < bins; b++) into[b] = (into[b] as number) + (from[b] as number);
}

function histogramRound(state: ChunkState, args: HistogramArgs): SelectionHistogram {
  const req = args.request;
  const hist = emptyHistogram(req);
  const fresh = args.prefixes.every((p) => p !== null && p.length === 0);
  if (args.prepare && fresh) {
    prepareSortKeys(state, req, hist);
    return hist;
  }
  const keys = args.prepare ? prepareSortKeys(state, req, emptyHistogram(req)) : cachedSortKeys(state, req);
  const twoByte = keys.twoByte;
  releaseTwoByte(state, keys);
  // The second round (every prefix one byte long, on keys nobody has narrowed yet) reads the first
  // round's two-byte counts; the candidates stay as they are until a later round narrows them.
  if (twoByte && keys.active === null && args.prefixes.every((p) => p === null || p.length === 1)) {
    secondByteCounts(twoByte, args.prefixes, hist);
    return hist;
  }
  narrowActive(state, keys, prefixTests(args.prefixes, args.held), hist);
  return hist;
}

/** Each counted group's counts (and sums) by second key byte inside its first-byte bin, from the two-byte counts. */
function secondByteCounts(two: TwoByteCounts, prefixes: GroupPrefixes, hist: SelectionHistogram): void {
  const withSums = hist.sums.length > 0;
  prefixes.forEach((p, g) => {
    if (!p) return;
    const from = g * 65536 + (p[0] as number) * 256;
    hist.counts.set(two.counts.subarray(from, from + 256), g * 256);
    if (withSums) hist.sums.set(two.sums.subarray(from, from + 256), g * 256);
  });
}

export interface BinKeys {
  /** Three words per person, in person order. */
  readonly keys: Uint32Array;
  readonly prices: Float64Array;
}

interface KeysArgs {
  request: SelectionRequest;
  prefixes: GroupPrefixes;
}

/** Task: the keys and prices of every candidate whose key starts with its group's prefix; merged: per group, concatenated in chunk order. */
export const selectionKeys = chunkTask('selectionKeys', binKeys, (found: readonly BinKeys[][], args: KeysArgs): BinKeys[] =>
  args.prefixes.map((_, g) => {
    const parts = found.map((f) => f[g] as BinKeys);
    const keys = new Uint32Array(parts.reduce((n, p) => n + p.keys.length, 0));
    const prices = new Float64Array(keys.length / 3);
    let at = 0;
    for (const p of parts) {
      keys.set(p.keys, at * 3);
      prices.set(p.prices, at);
      at += p.prices.length;
    }
    return { keys, prices };
  }),
);

function binKeys(state: ChunkState, args: KeysArgs): BinKeys[] {
  const req = args.request;
  const keys = cachedSortKeys(state, req);
  releaseTwoByte(state, keys);
  const chunk = generatedChunk(state);
  // Narrowed like a histogram round (its counts unused): one loop for both.
  const kept = narrowActive(state, keys, prefixTests(args.prefixes), emptyHistogram(req));
  const groupCount = args.prefixes.length;
  // Everyone kept in person order: their group, key words and price, split by group after.
  const all = new Uint32Array(kept.length * 3);
  const prices = new Float64Array(kept.length);
  const sizes = new Uint32Array(groupCount);
  gatherKeys(kept, keys.w0, keys.w1, keys.groups, chunk.start, chunk.price, all, prices, sizes);
  if (groupCount === 1) return [{ keys: all, prices }];
  const found: BinKeys[] = [];
  for (let g = 0; g < groupCount; g++) found.push({ keys: new Uint32Array((sizes[g] as number) * 3), prices: new Float64Array(sizes[g] as number) });
  const at = new Uint32Array(groupCount);
  for (let j = 0; j < kept.length; j++) {
    const g = keys.groups[kept[j] as number] as number;
    const f = found[g] as BinKeys;
    const k = at[g] as number;
    f.keys.set(all.subarray(3 * j, 3 * j + 3), 3 * k);
    f.prices[k] = prices[j] as number;
    at[g] = k + 1;
  }
  return found;
}

/** The kept people's key words (w0, w1, index word) and prices, in their order, and how many per group. */
function gatherKeys(
  kept: Uint32Array,
  w0: Uint32Array,
  w1: Uint32Array,
  groups: Uint8Array,
  start: number,
  price: Float64Array,
  out: Uint32Array,
  prices: Float64Array,
  sizes: Uint32Array,
): void {
  for (let j = 0; j < kept.length; j++) {
    const i = kept[j] as number;
    out[3 * j] = w0[i] as number;
    out[3 * j + 1] = w1[i] as number;
    out[3 * j + 2] = indexWord(start + i);
    prices[j] = price[i] as number;
    const g = groups[i] as number;
    sizes[g] = (sizes[g] as number) + 1;
  }
}

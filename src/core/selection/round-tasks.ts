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
import type { SelectionHistogram, TwoByteCounts } from './chunk-sort-keys';
import { cachedSortKeys, emptyHistogram, prepareSortKeys, releaseTwoByte } from './chunk-sort-keys';
import { indexWord } from './sort-key';
import type { GroupPrefixes } from './narrow';
import { narrowActive, prefixTests } from './narrow';

export type { SelectionHistogram } from './chunk-sort-keys';
export { selectionApply } from './apply';
export type { AppliedSelection, ChunkSelection, GroupCut } from './apply';
export type { GroupPrefixes } from './narrow';

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

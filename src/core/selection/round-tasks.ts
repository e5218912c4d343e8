/**
 * Chunk tasks of the global selection (see select-top.ts for the plan). Each round sends only a
 * prefix per group and returns 256 counts (and price sums) per group, or the few keys in one bin.
 * The first round builds the keys; each later round keeps only the candidates inside their group's
 * new prefix (an ascending index list), so it costs the size of the cut bin, not of the chunk.
 */
import { generatedChunk } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { SelectionRequest } from './request';
import type { ChunkSortKeys, SelectionHistogram } from './chunk-sort-keys';
import { cachedSortKeys, emptyHistogram, prepareSortKeys } from './chunk-sort-keys';
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

function prefixTests(prefixes: GroupPrefixes, held?: GroupPrefixes): PrefixTests {
  const words = new Int32Array(prefixes.length * 6);
  const depth = new Int32Array(prefixes.length).fill(-1);
  const heldGroups = new Uint8Array(prefixes.length);
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
 * Keeps, as the new active list (group by group, in person order), the candidates whose key starts with their
 * group's prefix (or held prefix). With `hist`, counts (and sums prices of) the kept candidates of
 * the groups not held, by their next key byte.
 */
function narrowActive(state: ChunkState, keys: ChunkSortKeys, t: PrefixTests, hist?: SelectionHistogram): Uint32Array {
  const chunk = generatedChunk(state);
  const { w0, w1, groups } = keys;
  const { words, depth, held } = t;
  const counts = hist ? hist.counts : new Uint32Array(0);
  const sums = hist ? hist.sums : new Float64Array(0);
  const withSums = sums.length > 0;
  const common = new Int32Array(t.depth.length * 4);
  for (let g = 0; g < t.depth.length; g++) common[g * 4] = common[g * 4 + 2] = -1;
  const price = chunk.price;
  const source = keys.active;
  const out = source ?? keys.order;
  const last = 0xffffffff - chunk.start;
  let kept = 0;
  for (const [from, to] of sourceRanges(keys, t, chunk.size))
  for (let j = from; j < to; j++) {
    const i = source ? (source[j] as number) : j;
    const a = w0[i] as number;
    if (a === 0) continue;
    const g = groups ? (groups[i] as number) : 0;
    const d = depth[g] as number;
    if (d < 0) continue;
    const o = g * 6;
    if ((a & (words[o] as number)) !== words[o + 3]) continue;
    const b = w1[i] as number;
    if ((b & (words[o + 1] as number)) !== words[o + 4]) continue;
    const c = last - i;
    if ((c & (words[o + 2] as number)) !== words[o + 5]) continue;
    out[kept++] = i;
    if (!hist || held[g]) continue;
    // keyByte (sort-key.ts) inlined.
    const w = d < 4 ? a : d < 8 ? b : c;
    const bin = (g << 8) | ((w >>> (24 - 8 * (d & 3))) & 255);
    counts[bin] = (counts[bin] as number) + 1;
    if (withSums) sums[bin] = (sums[bin] as number) + (price[i] as number);
    const q = g * 4;
    common[q] = (common[q] as number) & a;
    common[q + 1] = (common[q + 1] as number) | a;
    common[q + 2] = (common[q + 2] as number) & b;
    common[q + 3] = (common[q + 3] as number) | b;
  }
  if (hist) hist.common = common;
  keys.active = out.subarray(0, kept);
  keys.buckets = null;
  return keys.active;
}

/** Which stretches of the active list to read: all of it, or each taking group's first-byte bucket. */
function sourceRanges(keys: ChunkSortKeys, t: PrefixTests, size: number): [number, number][] {
  const { buckets } = keys;
  if (!buckets) return [[0, keys.active ? keys.active.length : size]];
  const ranges: [number, number][] = [];
  t.depth.forEach((d, g) => {
    if (d < 0) return;
    // The bucket of the group's first prefix byte (its whole share when the prefix is empty).
    const first = d === 0 ? g * 256 : g * 256 + ((t.words[g * 6 + 3] as number) >>> 24);
    const last = d === 0 ? g * 256 + 256 : first + 1;
    ranges.push([buckets[first] as number, buckets[last] as number]);
  });
  return ranges;
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
    for (let b = 0; b < bins; b++) counts[b] = (counts[b] as number) + (h.counts[b] as number);
    // Reach budgets come without price sums (they only need counts).
    if (h.sums.length > 0) for (let b = 0; b < bins; b++) sums[b] = (sums[b] as number) + (h.sums[b] as number);
  }
  const commons = parts.every((h) => h.common) ? parts.map((h) => h.common as Int32Array) : null;
  return { counts, sums, commons };
}

function histogramRound(state: ChunkState, args: HistogramArgs): SelectionHistogram {
  const hist = emptyHistogram(args.request);
  const fresh = args.prefixes.every((p) => p !== null && p.length === 0);
  if (args.prepare && fresh) {
    prepareSortKeys(state, args.request, hist);
    return hist;
  }
  const keys = args.prepare ? prepareSortKeys(state, args.request) : cachedSortKeys(state, args.request);
  narrowActive(state, keys, prefixTests(args.prefixes, args.held), hist);
  return hist;
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
  const keys = cachedSortKeys(state, args.request);
  const price = generatedChunk(state).price;
  const found: number[][] = args.prefixes.map(() => []);
  const prices: number[][] = args.prefixes.map(() => []);
  const { w0, w1, groups } = keys;
  const start = generatedChunk(state).start;
  for (const i of narrowActive(state, keys, prefixTests(args.prefixes))) {
    const g = groups ? (groups[i] as number) : 0;
    (found[g] as number[]).push(w0[i] as number, w1[i] as number, indexWord(start + i));
    (prices[g] as number[]).push(price[i] as number);
  }
  return found.map((k, g) => ({ keys: Uint32Array.from(k), prices: Float64Array.from(prices[g] as number[]) }));
}

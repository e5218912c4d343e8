/**
 * The narrowing of a selection's candidates inside a chunk (round-tasks.ts runs it): each group's
 * key prefix as word tests, the first narrowing's pass over every person (which also lists the
 * people at or above the bin for the apply step), and the narrowing of the active list in place
 * with the counts of the next key byte.
 */
import { generatedChunk } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import type { ChunkSortKeys, SelectionHistogram } from './chunk-sort-keys';
import { prefixTest } from './sort-key';

/** Per group: the key bytes fixed so far, or null when the group's cut is already known. */
export type GroupPrefixes = (number[] | null)[];

/** Per group as int32 words: prefix masks m0..m2 and values v0..v2 (6 per group), and prefix lengths. */
export interface PrefixTests {
  readonly words: Int32Array;
  /** Prefix length per group; -1 = the group takes no part. */
  readonly depth: Int32Array;
  /** 1 for groups whose candidates are kept but not visited (they wait for their keys). */
  readonly held: Uint8Array;
}

/** Every group out of the search: nobody passes its first word's test (mask 0, value 1: 0 is never 1). */
const OUT_OF_SEARCH = new Int32Array(256 * 6).map((_, k) => (k % 6 === 3 ? 1 : 0));

export function prefixTests(prefixes: GroupPrefixes, held?: GroupPrefixes): PrefixTests {
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
export function narrowActive(state: ChunkState, keys: ChunkSortKeys, t: PrefixTests, hist: SelectionHistogram): Uint32Array {
  const chunk = generatedChunk(state);
  const groups = hist.counts.length / 256;
  const common = new Int32Array(groups * 4);
  for (let g = 0; g < groups; g++) common[g * 4] = common[g * 4 + 2] = -1;
  // The first narrowing reads every person, keeping in the spare buffer those whose first word
  // passes (nearly everyone else is turned away there), and in `upper` those at or above it; the
  // rest of the test narrows in place.
  const source = keys.active ?? firstNarrowing(keys, t);
  const { w0, w1, groups: codes } = keys;
  const { words, depth, held } = t;
  const last = 0xffffffff - chunk.start;
  const kept = keepInPrefix(source, w0, w1, codes, last, words, depth, held, chunk.price, hist.counts, hist.sums, common, source, hist.sums.length > 0);
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
export function keepInPrefix(
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

/**
 * Chunk tasks of the global selection (see select-top.ts for the plan). Each round sends only a
 * prefix per group and returns 256 counts and price sums per group, or the few keys in one bin.
 */
import type { ChunkState } from '../engine/runner';
import type { SelectionRequest } from './request';
import { cachedSortKeys, dropSortKeys, generatedChunk, groupCount, prepareSortKeys } from './chunk-keys';
import type { PrefixTest, SortKey } from './sort-key';
import { indexWord, keyByte, prefixTest } from './sort-key';

/** Per group: the key bytes fixed so far, or null when the group's cut is already known. */
export type GroupPrefixes = (number[] | null)[];

export interface SelectionHistogram {
  /** counts[g * 256 + byte]: candidates of group g in the prefix bin whose next key byte is `byte`. */
  readonly counts: Uint32Array;
  /** The same bins' price sums (float64, in person order). */
  readonly sums: Float64Array;
}

function tests(prefixes: GroupPrefixes): (PrefixTest | null)[] {
  return prefixes.map((p) => (p ? prefixTest(p) : null));
}

function matches(t: PrefixTest, w0: number, w1: number, w2: number): boolean {
  return (
    (w0 & t.mask[0]) >>> 0 === t.value[0] && (w1 & t.mask[1]) >>> 0 === t.value[1] && (w2 & t.mask[2]) >>> 0 === t.value[2]
  );
}

/** Counts candidates and sums prices per group over the next key byte within each group's prefix. */
export function selectionHistogram(
  state: ChunkState,
  args: { request: SelectionRequest; prefixes: GroupPrefixes; prepare: boolean },
): SelectionHistogram {
  const keys = args.prepare ? prepareSortKeys(state, args.request) : cachedSortKeys(state, args.request);
  const chunk = generatedChunk(state);
  const groups = groupCount(args.request);
  const counts = new Uint32Array(groups * 256);
  const sums = new Float64Array(groups * 256);
  const t = tests(args.prefixes);
  for (let i = 0; i < chunk.size; i++) {
    const g = keys.group[i] as number;
    if (g < 0) continue;
    const test = t[g];
    if (!test) continue;
    const w0 = keys.w0[i] as number;
    const w1 = keys.w1[i] as number;
    const w2 = indexWord(chunk.start + i);
    if (!matches(test, w0, w1, w2)) continue;
    const bin = g * 256 + keyByte(w0, w1, w2, (args.prefixes[g] as number[]).length);
    counts[bin] = (counts[bin] as number) + 1;
    sums[bin] = (sums[bin] as number) + (chunk.price[i] as number);
  }
  return { counts, sums };
}

export interface BinKeys {
  /** Three words per person, in person order. */
  readonly keys: Uint32Array;
  readonly prices: Float64Array;
}

/** The keys and prices of every candidate whose key starts with its group's prefix. */
export function selectionKeys(state: ChunkState, args: { request: SelectionRequest; prefixes: GroupPrefixes }): BinKeys[] {
  const keys = cachedSortKeys(state, args.request);
  const chunk = generatedChunk(state);
  const t = tests(args.prefixes);
  const found: number[][] = t.map(() => []);
  const prices: number[][] = t.map(() => []);
  for (let i = 0; i < chunk.size; i++) {
    const g = keys.group[i] as number;
    const test = g < 0 ? null : t[g];
    if (!test) continue;
    const w0 = keys.w0[i] as number;
    const w1 = keys.w1[i] as number;
    const w2 = indexWord(chunk.start + i);
    if (!matches(test, w0, w1, w2)) continue;
    (found[g] as number[]).push(w0, w1, w2);
    (prices[g] as number[]).push(chunk.price[i] as number);
  }
  return found.map((k, g) => ({ keys: Uint32Array.from(k), prices: Float64Array.from(prices[g] as number[]) }));
}

/** A group's cut: everyone, nobody, or the candidates whose key is above (or from) a key. */
export type GroupCut = { kind: 'all' } | { kind: 'none' } | { kind: 'above' | 'from'; key: SortKey };

export interface ChunkSelection {
  /** Per group. */
  readonly selected: number[];
  readonly spend: number[];
  /** Lowest effective score selected per group (Infinity if none). */
  readonly minScore: number[];
  /** Price of everyone selected in the chunk, summed in person order. */
  readonly totalSpend: number;
}

function inCut(cut: GroupCut, w0: number, w1: number, w2: number): boolean {
  if (cut.kind === 'all') return true;
  if (cut.kind === 'none') return false;
  const [k0, k1, k2] = cut.key;
  if (w0 !== k0) return w0 > k0;
  if (w1 !== k1) return w1 > k1;
  return cut.kind === 'from' ? w2 >= k2 : w2 > k2;
}

/** Writes the selection mask under request.outKey and drops the cached keys. */
export function selectionApply(state: ChunkState, args: { request: SelectionRequest; cuts: GroupCut[] }): ChunkSelection {
  const keys = cachedSortKeys(state, args.request);
  const chunk = generatedChunk(state);
  const mask = new Uint8Array(chunk.size);
  const selected = args.cuts.map(() => 0);
  const spend = args.cuts.map(() => 0);
  const minScore = args.cuts.map(() => Infinity);
  let totalSpend = 0;
  for (let i = 0; i < chunk.size; i++) {
    const g = keys.group[i] as number;
    const cut = g < 0 ? undefined : args.cuts[g];
    if (!cut || !inCut(cut, keys.w0[i] as number, keys.w1[i] as number, indexWord(chunk.start + i))) continue;
    const price = chunk.price[i] as number;
    mask[i] = 1;
    selected[g] = (selected[g] as number) + 1;
    spend[g] = (spend[g] as number) + price;
    minScore[g] = Math.min(minScore[g] as number, keys.score[i] as number);
    totalSpend += price;
  }
  state.store.set(args.request.outKey, mask);
  dropSortKeys(state, args.request);
  return { selected, spend, minScore, totalSpend };
}

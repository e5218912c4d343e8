/** The last chunk task of the selection: the mask of everyone above their group's cut. */
import { generatedChunk } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { GroupSelection, SelectionRequest } from './request';
import type { SortKey } from './sort-key';
import { cachedSortKeys, dropSortKeys } from './chunk-sort-keys';

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

/**
 * A cut as the key words (k0, k1, k2) a candidate must be above, and 1 when the cut key itself is
 * taken ('from'). Every candidate's word is at least 0x007fffff (scoreWord of −∞) and at most
 * 0xff800000 (+∞), and a no-candidate's is 0: 'all' is 'from' (1, 0, 0), 'none' above 0xffffffff.
 */
function cutKey(cut: GroupCut): [number, number, number, number] {
  if (cut.kind === 'all') return [1, 0, 0, 1];
  if (cut.kind === 'none') return [0xffffffff, 0, 0, 0];
  return [cut.key[0], cut.key[1], cut.key[2], cut.kind === 'from' ? 1 : 0];
}

/** What the apply loops read per person; `last` is the indexWord of the chunk's first person. */
interface Columns {
  readonly w0: Uint32Array;
  readonly w1: Uint32Array;
  readonly price: Float64Array;
  readonly scores: Float32Array;
  readonly last: number;
}

/**
 * Without groups: selects everyone above (or from) the cut key (k0, k1, k2) into `mask`; writes
 * the count, the price sum in person order and the lowest effective score to `out`.
 */
function applyOne(cols: Columns, k0: number, k1: number, k2: number, from: boolean, mask: Uint8Array, out: Float64Array): void {
  const { w0, w1, price, scores, last } = cols;
  let selected = 0;
  let spend = 0;
  let minScore = Infinity;
  // k0 > 0 (cutKey): no-candidates (word 0) fall below it with the rest.
  for (let i = 0; i < w0.length; i++) {
    const a = w0[i] as number;
    if (a !== k0) {
      if (a < k0) continue;
    } else {
      const b = w1[i] as number;
      if (b !== k1) {
        if (b < k1) continue;
      } else if (from ? last - i < k2 : last - i <= k2) continue;
    }
    mask[i] = 1;
    selected++;
    spend += price[i] as number;
    const s = scores[i] as number;
    if (s < minScore || s === 0) minScore = Math.min(minScore, s);
  }
  out[0] = selected;
  out[1] = spend;
  out[2] = minScore;
}

interface ApplyArgs {
  request: SelectionRequest;
  cuts: GroupCut[];
}

/** The chunks' selections merged in chunk order: per group, and the total spend. */
export interface AppliedSelection {
  readonly perGroup: GroupSelection[];
  readonly spend: number;
}

/** Task: writes the selection mask under request.outKey and drops the cached keys. */
export const selectionApply = chunkTask('selectionApply', applyCuts, mergeApplied);

function mergeApplied(applied: readonly ChunkSelection[], args: ApplyArgs): AppliedSelection {
  const perGroup = args.cuts.map((_, g): GroupSelection => {
    let selected = 0;
    let spend = 0;
    let min = Infinity;
    for (const a of applied) {
      selected += a.selected[g] as number;
      spend += a.spend[g] as number;
      min = Math.min(min, a.minScore[g] as number);
    }
    return { selected, spend, cutScore: selected > 0 ? min : null };
  });
  let spend = 0;
  for (const a of applied) spend += a.totalSpend;
  return { perGroup, spend };
}

function applyCuts(state: ChunkState, args: ApplyArgs): ChunkSelection {
  const keys = cachedSortKeys(state, args.request);
  const chunk = generatedChunk(state);
  const mask = new Uint8Array(chunk.size);
  const cols: Columns = { w0: keys.w0, w1: keys.w1, price: chunk.price, scores: keys.scores, last: 0xffffffff - chunk.start };
  const only = args.cuts.length === 1 && !keys.grouped ? args.cuts[0] : undefined;
  let result: ChunkSelection;
  if (only) {
    const out = new Float64Array([0, 0, Infinity]);
    const [k0, k1, k2, from] = cutKey(only);
    applyOne(cols, k0, k1, k2, from === 1, mask, out);
    // One group: its spend is the chunk's, summed in the same order.
    result = { selected: [out[0] as number], spend: [out[1] as number], minScore: [out[2] as number], totalSpend: out[1] as number };
  } else {
    const groupCount = args.cuts.length;
    // Per code: the cut as key words and a 'from' flag (cutKey); codes without a group take nobody.
    const cuts = new Float64Array(256 * 4);
    for (let g = 0; g < 256; g++) cuts.set(cutKey(args.cuts[g] ?? { kind: 'none' }), g * 4);
    const sums = { selected: new Float64Array(groupCount), spend: new Float64Array(groupCount), minScore: new Float64Array(groupCount).fill(Infinity) };
    const totalSpend = applyGroups(cols, keys.groups, cuts, sums, mask);
    result = { selected: Array.from(sums.selected), spend: Array.from(sums.spend), minScore: Array.from(sums.minScore), totalSpend };
  }
  state.store.set(args.request.outKey, mask);
  dropSortKeys(state, args.request);
  return result;
}

/** With groups: each code's cut (four words each, see cutKey), into `mask`; sums per group in `into`. Returns the chunk's spend. */
function applyGroups(
  cols: Columns,
  groups: Uint8Array,
  cuts: Float64Array,
  into: { selected: Float64Array; spend: Float64Array; minScore: Float64Array },
  mask: Uint8Array,
): number {
  const { w0, w1, price, scores, last } = cols;
  const { selected, spend, minScore } = into;
  const n = w0.length;
  let totalSpend = 0;
  for (let i = 0; i < n; i++) {
    const a = w0[i] as number;
    const g = groups[i] as number;
    // Above the cut key (or from it): compare word by word, the later words only on a tie.
    const o = g * 4;
    const k0 = cuts[o] as number;
    if (a !== k0) {
      if (a < k0) continue;
    } else {
      const b = w1[i] as number;
      const k1 = cuts[o + 1] as number;
      if (b !== k1) {
        if (b < k1) continue;
      } else if (cuts[o + 3] === 1 ? last - i < (cuts[o + 2] as number) : last - i <= (cuts[o + 2] as number)) continue;
    }
    const p = price[i] as number;
    mask[i] = 1;
    selected[g] = (selected[g] as number) + 1;
    spend[g] = (spend[g] as number) + p;
    const s = scores[i] as number;
    if (s < (minScore[g] as number) || s === 0) minScore[g] = Math.min(minScore[g] as number, s);
    totalSpend += p;
  }
  return totalSpend;
}

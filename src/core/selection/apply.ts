/** The last chunk task of the selection: the mask of everyone above their group's cut. */
import { generatedChunk } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { GroupSelection, SelectionRequest } from './request';
import type { SortKey } from './sort-key';
import type { ChunkSortKeys } from './chunk-sort-keys';
import { cachedSortKeys, dropSortKeys } from './chunk-sort-keys';
import { listOnes, personIndices } from '../engine/person-masks';

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
 * A cut as the key words a candidate must reach: (k0, k1) and the lowest index word k2 taken at a
 * tie on both ('from' takes the cut key itself, 'above' starts one past it). Every candidate's
 * word is at least 0x007fffff (scoreWord of −∞) and at most 0xff800000 (+∞), and a
 * no-candidate's is 0: 'all' is (1, 0, 0), 'none' (0xffffffff, 0, 0).
 */
function cutKey(cut: GroupCut): [number, number, number] {
  if (cut.kind === 'all') return [1, 0, 0];
  if (cut.kind === 'none') return [0xffffffff, 0, 0];
  return [cut.key[0], cut.key[1], cut.key[2] + (cut.kind === 'from' ? 0 : 1)];
}

/**
 * Negative when the key (a, b, c) is below the cut (k0, k1, k2): the differences read as digits in
 * base 2^32, each smaller in magnitude than the next one's unit, so the sum has the sign of the first
 * nonzero difference (rounding never crosses zero). One expression, not branches taken only at a
 * tie: V8 would meet those in optimised code without type feedback and deoptimise it.
 */
function belowCut(a: number, b: number, c: number, k0: number, k1: number, k2: number): boolean {
  return ((a - k0) * 4294967296 + (b - k1)) * 4294967296 + (c - k2) < 0;
}

/**
 * What the apply loops read per person; `last` is the indexWord of the chunk's first person. They
 * visit the people of `visit[0..count)` (ascending): everyone (personIndices), or the keys'
 * `upper` list when it holds everyone the cuts can select (see visitList).
 */
interface Columns {
  readonly w0: Uint32Array;
  readonly w1: Uint32Array;
  readonly price: Float64Array;
  readonly scores: Float32Array;
  readonly last: number;
  readonly visit: Int32Array;
  readonly count: number;
}

/**
 * The people a cut may select: a cut key found inside a group's bin has its first word inside the
 * bin's first-word prefix at the first narrowing, and so has every key at or above it (masking the
 * top bits keeps the order), so `upper` holds everyone such cuts select. A cut of everyone, or of
 * a group that had no prefix then, needs every person.
 */
function visitList(keys: ChunkSortKeys, cuts: readonly GroupCut[], n: number): Int32Array {
  const upper = keys.upper;
  if (upper === null) return personIndices(n);
  for (let g = 0; g < cuts.length; g++) {
    const cut = cuts[g] as GroupCut;
    if (cut.kind === 'none') continue;
    if (cut.kind === 'all' || (keys.upperDepth[g] as number) < 0) return personIndices(n);
  }
  return upper;
}

/**
 * Without groups: selects everyone visited above (or from) the cut key (k0, k1, k2) into `mask`
 * (and their positions, in order, into `positions`);
 * adds the count and the price sum in person order to `out` (from 0, 0, Infinity) and lowers its minimum score.
 */
function applyOne(cols: Columns, k0: number, k1: number, k2: number, mask: Uint8Array, out: Float64Array, positions: Int32Array): void {
  const { w0, w1, price, scores, last, visit, count } = cols;
  // The sums go to `out` as they grow, not after the loop: V8 compiles the loop while it runs
  // (on-stack replacement), before any code after it has run, and such code would deoptimise it.
  for (let j = 0; j < count; j++) {
    const i = visit[j] as number;
    const a = w0[i] as number;
    // Nearly everyone (no-candidates too: their word 0 is below any k0) is turned away here.
    if (a < k0 || belowCut(a, w1[i] as number, last - i, k0, k1, k2)) continue;
    mask[i] = 1;
    positions[out[0] as number] = i;
    out[0] = (out[0] as number) + 1;
    out[1] = (out[1] as number) + (price[i] as number);
    out[2] = Math.min(out[2] as number, scores[i] as number);
  }
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

/** The selected people's positions as the apply finds them, reused from chunk to chunk (copied out per mask). */
let positionScratch = new Int32Array(0);

function applyCuts(state: ChunkState, args: ApplyArgs): ChunkSelection {
  const keys = cachedSortKeys(state, args.request);
  const chunk = generatedChunk(state);
  const mask = new Uint8Array(chunk.size);
  if (positionScratch.length < chunk.size) positionScratch = new Int32Array(chunk.size);
  const visit = visitList(keys, args.cuts, chunk.size);
  const count = visit === keys.upper ? visit.length : chunk.size;
  const cols: Columns = { w0: keys.w0, w1: keys.w1, price: chunk.price, scores: keys.scores, last: 0xffffffff - chunk.start, visit, count };
  const only = args.cuts.length === 1 && !keys.grouped ? args.cuts[0] : undefined;
  let result: ChunkSelection;
  if (only) {
    const out = new Float64Array([0, 0, Infinity]);
    const [k0, k1, k2] = cutKey(only);
    applyOne(cols, k0, k1, k2, mask, out, positionScratch);
    listOnes(mask, positionScratch.slice(0, out[0] as number));
    // One group: its spend is the chunk's, summed in the same order.
    result = { selected: [out[0] as number], spend: [out[1] as number], minScore: [out[2] as number], totalSpend: out[1] as number };
  } else {
    const groupCount = args.cuts.length;
    // Per code: the cut's key words (cutKey); codes without a group take nobody.
    const cuts = new Float64Array(256 * 3);
    for (let g = 0; g < 256; g++) cuts.set(cutKey(args.cuts[g] ?? { kind: 'none' }), g * 3);
    const sums = { selected: new Float64Array(groupCount), spend: new Float64Array(groupCount), minScore: new Float64Array(groupCount).fill(Infinity) };
    const taken = new Int32Array(1);
    const totalSpend = applyGroups(cols, keys.groups, cuts, sums, mask, positionScratch, taken);
    listOnes(mask, positionScratch.slice(0, taken[0] as number));
    result = { selected: Array.from(sums.selected), spend: Array.from(sums.spend), minScore: Array.from(sums.minScore), totalSpend };
  }
  state.store.set(args.request.outKey, mask);
  dropSortKeys(state, args.request);
  return result;
}

/**
 * With groups: each code's cut (three words each, see cutKey), into `mask` (and the positions into
 * `positions`, taken[0] of them); sums per group in `into`. Returns the chunk's spend.
 */
function applyGroups(
  cols: Columns,
  groups: Uint8Array,
  cuts: Float64Array,
  into: { selected: Float64Array; spend: Float64Array; minScore: Float64Array },
  mask: Uint8Array,
  positions: Int32Array,
  taken: Int32Array,
): number {
  const { w0, w1, price, scores, last, visit, count } = cols;
  const { selected, spend, minScore } = into;
  let totalSpend = 0;
  for (let j = 0; j < count; j++) {
    const i = visit[j] as number;
    const a = w0[i] as number;
    const g = groups[i] as number;
    const o = g * 3;
    const k0 = cuts[o] as number;
    if (a < k0 || belowCut(a, w1[i] as number, last - i, k0, cuts[o + 1] as number, cuts[o + 2] as number)) continue;
    const p = price[i] as number;
    mask[i] = 1;
    positions[taken[0] as number] = i;
    taken[0] = (taken[0] as number) + 1;
    selected[g] = (selected[g] as number) + 1;
    spend[g] = (spend[g] as number) + p;
    minScore[g] = Math.min(minScore[g] as number, scores[i] as number);
    totalSpend += p;
  }
  return totalSpend;
}

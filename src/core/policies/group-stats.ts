/**
 * Per-group counts of one policy's candidates and selection, computed per chunk and merged by
 * addition (min/max by min/max) in chunk order, so any split of the population gives the same
 * totals. The fairness constraints read them to set quotas, thresholds and pacing.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
import { onesAt } from '../engine/person-masks';
import { ELIGIBLE } from '../engine/store-keys';
import { groupCodes } from './chunk-access';
import type { GroupStats } from './group-stats-type';

export type { GroupStats } from './group-stats-type';

export interface GroupStatsArgs {
  attribute: string;
  scoreKey: StoreKey<Float32Array>;
  selectedKey?: StoreKey<Uint8Array>;
  probKey?: StoreKey<Float32Array>;
}

/** Task: one chunk's GroupStats, merged over the chunks. */
export const policyGroupStats = chunkTask('policyGroupStats', chunkGroupStats, (parts) => mergeGroupStats(parts, parts[0]?.eligible.length ?? 0));

function chunkGroupStats(state: ChunkState, args: GroupStatsArgs): GroupStats {
  const chunk = generatedChunk(state);
  const n = chunk.size;
  const { codes, groups } = groupCodes(state, args.attribute);
  const sums = groupSums(groups);
  // A missing selection or probability column reads as zeros: nobody selected, p = 0 added (as
  // before), and the loop sees the same array types on every call.
  const selected = args.selectedKey ? stored(state, args.selectedKey) : zeroBytes(n);
  const prob = args.probKey ? stored(state, args.probKey) : zeroFloats(n);
  addGroupSums(sums, codes, stored(state, ELIGIBLE), stored(state, args.scoreKey), selected, prob, chunk.price, n);
  return {
    eligible: Array.from(sums.eligible),
    candidates: Array.from(sums.candidates),
    selected: Array.from(sums.selected),
    spend: Array.from(sums.spend),
    probCandidates: Array.from(sums.probCandidates),
    probSelected: Array.from(sums.probSelected),
    minScore: Array.from(sums.minScore),
    maxScore: Array.from(sums.maxScore),
    minSelectedScore: Array.from(sums.minSelectedScore),
  };
}

/** GroupStats as typed accumulators (one object shape, so the loop below stays monomorphic). */
interface GroupSums {
  eligible: Float64Array;
  candidates: Float64Array;
  selected: Float64Array;
  spend: Float64Array;
  probCandidates: Float64Array;
  probSelected: Float64Array;
  minScore: Float64Array;
  maxScore: Float64Array;
  minSelectedScore: Float64Array;
}

function groupSums(groups: number): GroupSums {
  return {
    eligible: new Float64Array(groups),
    candidates: new Float64Array(groups),
    selected: new Float64Array(groups),
    spend: new Float64Array(groups),
    probCandidates: new Float64Array(groups),
    probSelected: new Float64Array(groups),
    minScore: new Float64Array(groups).fill(NaN),
    maxScore: new Float64Array(groups).fill(NaN),
    minSelectedScore: new Float64Array(groups).fill(NaN),
  };
}

let zeroByteColumn = new Uint8Array(0);
let zeroFloatColumn = new Float32Array(0);

function zeroBytes(n: number): Uint8Array {
  if (zeroByteColumn.length < n) zeroByteColumn = new Uint8Array(n);
  return zeroByteColumn;
}

function zeroFloats(n: number): Float32Array {
  if (zeroFloatColumn.length < n) zeroFloatColumn = new Float32Array(n);
  return zeroFloatColumn;
}

/** The per-person loop: the same float64 additions in person order as summing group by group. */
function addGroupSums(
  sums: GroupSums,
  codes: Uint8Array,
  eligibleMask: Uint8Array,
  score: Float32Array,
  selectedMask: Uint8Array,
  prob: Float32Array,
  price: Float64Array,
  n: number,
): void {
  const { eligible, candidates, selected, spend, probCandidates, probSelected, minScore, maxScore, minSelectedScore } = sums;
  for (let i = 0; i < n; i++) {
    const g = codes[i] as number;
    if (eligibleMask[i] === 1) eligible[g]! += 1;
    const x = score[i] as number;
    if (x !== x) continue;
    const p = prob[i] as number;
    candidates[g]! += 1;
    probCandidates[g]! += p;
    if (!(x >= (minScore[g] as number))) minScore[g] = x;
    if (!(x <= (maxScore[g] as number))) maxScore[g] = x;
    if (selectedMask[i] === 1) {
      selected[g]! += 1;
      spend[g]! += price[i] as number;
      probSelected[g]! += p;
      if (!(x >= (minSelectedScore[g] as number))) minSelectedScore[g] = x;
    }
  }
}

export function emptyGroupStats(groups: number): GroupStats {
  const zeros = () => new Array<number>(groups).fill(0);
  const nans = () => new Array<number>(groups).fill(NaN);
  return {
    eligible: zeros(),
    candidates: zeros(),
    selected: zeros(),
    spend: zeros(),
    probCandidates: zeros(),
    probSelected: zeros(),
    minScore: nans(),
    maxScore: nans(),
    minSelectedScore: nans(),
  };
}

/** The smaller of a running minimum (NaN: none yet) and a chunk's (NaN: none). */
const lower = (a: number, b: number) => (a !== a || b < a ? b : a);
const upper = (a: number, b: number) => (a !== a || b > a ? b : a);

/** Merges chunk results in chunk order. */
export function mergeGroupStats(parts: readonly GroupStats[], groups: number): GroupStats {
  const total = emptyGroupStats(groups);
  for (const p of parts)
    for (let g = 0; g < groups; g++) {
      add(total.eligible, g, p.eligible[g] ?? 0);
      add(total.candidates, g, p.candidates[g] ?? 0);
      add(total.selected, g, p.selected[g] ?? 0);
      add(total.spend, g, p.spend[g] ?? 0);
      add(total.probCandidates, g, p.probCandidates[g] ?? 0);
      add(total.probSelected, g, p.probSelected[g] ?? 0);
      total.minScore[g] = lower(total.minScore[g] as number, p.minScore[g] ?? NaN);
      total.maxScore[g] = upper(total.maxScore[g] as number, p.maxScore[g] ?? NaN);
      total.minSelectedScore[g] = lower(total.minSelectedScore[g] as number, p.minSelectedScore[g] ?? NaN);
    }
  return total;
}

function add(xs: number[], g: number, x: number): void {
  xs[g] = (xs[g] ?? 0) + x;
}

/** The selection's part of GroupStats: selected candidates and their lowest score per group. */
export type SelectionStats = Pick<GroupStats, 'selected' | 'minSelectedScore'>;

/**
 * Task: SelectionStats of one chunk (the same numbers as policyGroupStats with the selection),
 * visiting only the selected people; merged: added, and the minimum, in chunk order.
 */
export const policySelectionStats = chunkTask('policySelectionStats', chunkSelectionStats, (parts: readonly SelectionStats[]) => {
  const groups = parts[0]?.selected.length ?? 0;
  const total = { selected: new Array<number>(groups).fill(0), minSelectedScore: new Array<number>(groups).fill(NaN) };
  for (const p of parts)
    for (let g = 0; g < groups; g++) {
      add(total.selected, g, p.selected[g] ?? 0);
      total.minSelectedScore[g] = lower(total.minSelectedScore[g] as number, p.minSelectedScore[g] ?? NaN);
    }
  return total;
});

let selectedScratch = new Int32Array(0);

function chunkSelectionStats(state: ChunkState, args: { attribute: string; scoreKey: StoreKey<Float32Array>; selectedKey: StoreKey<Uint8Array> }): SelectionStats {
  const n = generatedChunk(state).size;
  const { codes, groups } = groupCodes(state, args.attribute);
  if (selectedScratch.length < n) selectedScratch = new Int32Array(n);
  const count = onesAt(stored(state, args.selectedKey), selectedScratch, n);
  const selected = new Float64Array(groups);
  const minSelectedScore = new Float64Array(groups).fill(NaN);
  addSelected(selected, minSelectedScore, selectedScratch, count, codes, stored(state, args.scoreKey));
  return { selected: Array.from(selected), minSelectedScore: Array.from(minSelectedScore) };
}

/** As addGroupSums for the selected people at people[0..count): candidates only (a score, not NaN). */
function addSelected(selected: Float64Array, minSelectedScore: Float64Array, people: Int32Array, count: number, codes: Uint8Array, score: Float32Array): void {
  for (let k = 0; k < count; k++) {
    const i = people[k] as number;
    const x = score[i] as number;
    if (x !== x) continue;
    const g = codes[i] as number;
    selected[g]! += 1;
    if (!(x >= (minSelectedScore[g] as number))) minSelectedScore[g] = x;
  }
}

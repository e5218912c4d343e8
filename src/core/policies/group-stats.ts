/**
 * Per-group counts of one policy's candidates and selection, computed per chunk and merged by
 * addition (min/max by min/max) in chunk order, so any split of the population gives the same
 * totals. The fairness constraints read them to set quotas, thresholds and pacing.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
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
  const { codes, groups } = groupCodes(state, args.attribute);
  const eligibleMask = stored(state, ELIGIBLE);
  const score = stored(state, args.scoreKey);
  const selectedMask = args.selectedKey ? stored(state, args.selectedKey) : undefined;
  const prob = args.probKey ? stored(state, args.probKey) : undefined;
  const price = chunk.price;
  // Typed accumulators in the loop (same float64 additions in person order), arrays out.
  const eligible = new Float64Array(groups);
  const candidates = new Float64Array(groups);
  const selected = new Float64Array(groups);
  const spend = new Float64Array(groups);
  const probCandidates = new Float64Array(groups);
  const probSelected = new Float64Array(groups);
  const minScore = new Float64Array(groups).fill(NaN);
  const maxScore = new Float64Array(groups).fill(NaN);
  const minSelectedScore = new Float64Array(groups).fill(NaN);
  for (let i = 0; i < chunk.size; i++) {
    const g = codes[i] as number;
    if (eligibleMask[i] === 1) eligible[g]! += 1;
    const x = score[i] as number;
    if (x !== x) continue;
    const p = prob ? (prob[i] as number) : 0;
    candidates[g]! += 1;
    probCandidates[g]! += p;
    if (!(x >= (minScore[g] as number))) minScore[g] = x;
    if (!(x <= (maxScore[g] as number))) maxScore[g] = x;
    if (selectedMask && selectedMask[i] === 1) {
      selected[g]! += 1;
      spend[g]! += price[i] as number;
      probSelected[g]! += p;
      if (!(x >= (minSelectedScore[g] as number))) minSelectedScore[g] = x;
    }
  }
  const out = (xs: Float64Array) => Array.from(xs);
  return {
    eligible: out(eligible),
    candidates: out(candidates),
    selected: out(selected),
    spend: out(spend),
    probCandidates: out(probCandidates),
    probSelected: out(probSelected),
    minScore: out(minScore),
    maxScore: out(maxScore),
    minSelectedScore: out(minSelectedScore),
  };
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

/** Merges chunk results in chunk order. */
export function mergeGroupStats(parts: readonly GroupStats[], groups: number): GroupStats {
  const total = emptyGroupStats(groups);
  const lower = (a: number, b: number) => (a !== a || b < a ? b : a);
  const upper = (a: number, b: number) => (a !== a || b > a ? b : a);
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

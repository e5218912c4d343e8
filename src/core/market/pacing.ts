/**
 * Pacing within a round. The bidding pass histograms, over the pacing level λ (the campaign's bid
 * per action), the spend and expected actions the campaign would buy; the platform then bids the
 * highest λ whose spend stays within the round's budget and, under a cost cap, whose average cost
 * per action stays within the cap. A lower budget stops at a lower λ: the campaign buys only the
 * cheapest opportunities. The last bin is taken in part: each person's opportunities in it with
 * probability `fraction` (all or none of them), so the budget is spent in expectation even where
 * many cost the same.
 */
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import { mergeByAddition } from '../metrics/counts';
import { campaignRound, PACING_BINS, pacingBin } from './campaign-round';
import type { CampaignRoundArgs } from './campaign-round';
import { MARKET_LIMITS } from '../scenario/market-limits';

export interface Pacing {
  /** Opportunities whose λ* falls in a lower bin are bought; in this bin, a person's with probability `fraction`. */
  bin: number;
  fraction: number;
}

const MAX_LEVELS = MARKET_LIMITS.sessions;

/** Inserts `v` into the ascending `sorted[0..count)` (count < capacity). */
function insertSorted(sorted: Float64Array, count: number, v: number): void {
  let j = count;
  while (j > 0 && (sorted[j - 1] as number) > v) {
    sorted[j] = sorted[j - 1] as number;
    j--;
  }
  sorted[j] = v;
}

/**
 * The bidding pass (a chunk task): spend then expected actions per pacing bin, as signed changes.
 * Under a frequency cap of F an opportunity is bought from its own λ* up to the λ at which F of the
 * person's earlier opportunities are bought (then the cap is reached before it comes).
 */
/** Task: the bidding pass; merged: the round's pacing histogram over all chunks. */
export const marketBids = chunkTask('marketBids', bidsIn, (parts) => mergeByAddition(parts));

function bidsIn(state: ChunkState, args: CampaignRoundArgs): Float64Array {
  const round = campaignRound(state, args, true);
  const { levels, bins, offsets, floor } = round;
  const out = new Float64Array(2 * PACING_BINS);
  const earlier = new Float64Array(MAX_LEVELS);
  const cap = args.settings.frequencyCap;
  for (let i = 0; i < round.chunk.size; i++) {
    if ((round.weight[i] as number) === 0) continue;
    const actions = round.actionRate[i] as number;
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    // With no more opportunities than the cap, the cap never binds: no need to sort.
    const capped = to - from > cap;
    let count = 0;
    for (let o = from; o < to; o++) {
      const level = levels[o] as number;
      if (level === Infinity) continue;
      const end = capped && count >= cap ? (earlier[cap - 1] as number) : Infinity;
      if (end > level) {
        const price = floor[o] as number;
        const b = bins[o] as number;
        out[b]! += price;
        out[PACING_BINS + b]! += actions;
        if (end !== Infinity) {
          const e = pacingBin(end);
          out[e]! -= price;
          out[PACING_BINS + e]! -= actions;
        }
      }
      if (capped) insertSorted(earlier, count, level);
      count++;
    }
  }
  return out;
}

/** The pacing that spends at most `budget` (and keeps cost per action within `costCap`). */
export function choosePacing(histogram: Float64Array, budget: number, costCap: number | null): Pacing {
  let spend = 0;
  let actions = 0;
  for (let b = 0; b < PACING_BINS; b++) {
    const s = histogram[b] as number;
    const a = histogram[PACING_BINS + b] as number;
    const overBudget = spend + s > budget;
    const overCap = costCap !== null && spend + s > costCap * (actions + a) * (1 + 1e-12);
    if (overBudget || overCap) {
      let fraction = 1;
      if (overBudget && s > 0) fraction = Math.min(fraction, (budget - spend) / s);
      if (overCap && costCap !== null) {
        const denominator = s - costCap * a;
        if (denominator > 0) fraction = Math.min(fraction, (costCap * actions - spend) / denominator);
      }
      return { bin: b, fraction: Math.min(1, Math.max(0, fraction)) };
    }
    spend += s;
    actions += a;
  }
  return { bin: PACING_BINS, fraction: 1 };
}

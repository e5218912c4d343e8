/**
 * The round's market, shared by every campaign: each person's sessions (ad opportunities) and, at
 * each one, the competitors' ranking bids. Two chunk tasks: `marketOpportunities` draws them and
 * returns what each competitor would spend winning where it outbids the others; the coordinator
 * turns that into each competitor's participation (the share of auctions its daily budget allows),
 * and `marketCompetition` keeps, per opportunity, the price to beat: the highest participating
 * bid, or the reserve price if higher. Every draw comes from streams keyed by (seed, round, chunk).
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import { mergeByAddition } from '../metrics/counts';
import { stream } from '../random/stream';
import type { Market } from '../scenario/types';
import { MARKET_LIMITS } from '../scenario/market-limits';
import { ROUND_BIDS, ROUND_FLOOR, ROUND_OFFSETS } from './keys';
import { categoricalIndex, personMultipliers } from './person-terms';
import { own } from '../records/own';

function marketOf(state: ChunkState): Market {
  const m = state.scenario.market;
  if (!m) throw new Error('the scenario has no market section');
  return m;
}

/** A Poisson draw by inversion, capped at the sessions limit. */
function poisson(mean: number, u: number): number {
  if (!(mean > 0)) return 0;
  let p = Math.exp(-mean);
  let sum = p;
  let k = 0;
  while (u > sum && k < MARKET_LIMITS.sessions) {
    k++;
    p *= mean / k;
    sum += p;
  }
  return k;
}

/** Sessions of every person of the chunk in round `round`, as offsets into the opportunities. */
function sessionOffsets(state: ChunkState, market: Market, round: number): Int32Array {
  const chunk = generatedChunk(state);
  const n = chunk.size;
  const offsets = new Int32Array(n + 1);
  const s = market.sessions;
  const rng = stream(state.seed, 'market', 'round', round, 'chunk', state.index, 'sessions');
  let mean: Float64Array;
  if (s.kind !== 'column') {
    mean = personMultipliers(chunk, categoricalIndex(state.scenario), s.multipliers);
    const scale = s.kind === 'fixed' ? s.count : s.mean;
    for (let i = 0; i < n; i++) mean[i]! *= scale;
  } else {
    const values = own(chunk.values, s.attribute);
    if (!values) throw new Error(`sessions: "${s.attribute}" is not a numeric attribute`);
    mean = new Float64Array(n);
    for (let i = 0; i < n; i++) mean[i] = Math.min(MARKET_LIMITS.sessions, Math.max(0, values[i] as number));
  }
  for (let i = 0; i < n; i++) {
    const m = mean[i] as number;
    const k = s.kind === 'fixed' ? Math.min(MARKET_LIMITS.sessions, Math.round(m)) : poisson(m, rng.next());
    offsets[i + 1] = (offsets[i] as number) + k;
  }
  return offsets;
}

/** Pass 1 of a round: draws sessions and competitors' bids; returns each competitor's unthrottled spend. */
/** Task: pass 1 of a round; merged: each competitor's unthrottled spend over all chunks. */
export const marketOpportunities = chunkTask('marketOpportunities', opportunitiesIn, (parts) => mergeByAddition(parts));

function opportunitiesIn(state: ChunkState, args: { round: number }): Float64Array {
  const market = marketOf(state);
  const chunk = generatedChunk(state);
  const offsets = sessionOffsets(state, market, args.round);
  const total = offsets[chunk.size] as number;
  const K = market.competitors.length;
  const bids = new Float32Array(total * K);
  const index = categoricalIndex(state.scenario);
  market.competitors.forEach((c, k) => {
    const mult = personMultipliers(chunk, index, c.multipliers, c.interactions);
    const rng = stream(state.seed, 'market', 'round', args.round, 'chunk', state.index, 'competitor', c.id);
    const drift = -0.5 * c.noise * c.noise;
    for (let i = 0; i < chunk.size; i++) {
      const mean = c.bid * (mult[i] as number);
      for (let o = offsets[i] as number; o < (offsets[i + 1] as number); o++)
        bids[o * K + k] = c.noise === 0 ? mean : mean * Math.exp(c.noise * rng.normal() + drift);
    }
  });
  state.store.set(ROUND_OFFSETS, offsets);
  state.store.set(ROUND_BIDS, bids);
  const spend = new Float64Array(K);
  for (let i = 0; i < chunk.size; i++) {
    const reserve = market.reserve * (chunk.price[i] as number);
    for (let o = offsets[i] as number; o < (offsets[i + 1] as number); o++) {
      let top = -1;
      let first = reserve;
      let second = reserve;
      for (let k = 0; k < K; k++) {
        const b = bids[o * K + k] as number;
        if (b > first) {
          second = first;
          first = b;
          top = k;
        } else if (b > second) second = b;
      }
      if (top >= 0) spend[top]! += second;
    }
  }
  return spend;
}

/**
 * Each competitor's share of auctions: 1 without a daily budget, else budget ÷ the spend it would
 * have bidding everywhere (at most 1). A simplification: it ignores our campaigns, whose auctions
 * it loses anyway only where they outbid it.
 */
export function competitorParticipation(market: Market, spend: readonly number[]): number[] {
  return market.competitors.map((c, k) => {
    const s = spend[k] as number;
    if (c.dailyBudget === undefined || s <= c.dailyBudget) return 1;
    return c.dailyBudget / s;
  });
}

/** Pass 2 of a round: the price to beat at each opportunity, given who participates. */
/** Task: pass 2 of a round. */
export const marketCompetition = chunkTask('marketCompetition', competitionIn);

function competitionIn(state: ChunkState, args: { round: number; participation: number[] }): { opportunities: number } {
  const market = marketOf(state);
  const chunk = generatedChunk(state);
  const offsets = stored(state, ROUND_OFFSETS);
  const bids = stored(state, ROUND_BIDS);
  const K = market.competitors.length;
  const total = offsets[chunk.size] as number;
  const floor = new Float32Array(total);
  const throttled = args.participation.some((p) => p < 1);
  const rng = stream(state.seed, 'market', 'round', args.round, 'chunk', state.index, 'participation');
  for (let i = 0; i < chunk.size; i++) {
    const reserve = market.reserve * (chunk.price[i] as number);
    for (let o = offsets[i] as number; o < (offsets[i + 1] as number); o++) {
      let top = reserve;
      for (let k = 0; k < K; k++) {
        // One uniform per (opportunity, competitor) whenever any competitor is throttled.
        const inAuction = !throttled || rng.next() < (args.participation[k] as number);
        const b = bids[o * K + k] as number;
        if (inAuction && b > top) top = b;
      }
      floor[o] = top;
    }
  }
  state.store.delete(ROUND_BIDS);
  state.store.set(ROUND_FLOOR, floor);
  return { opportunities: total };
}

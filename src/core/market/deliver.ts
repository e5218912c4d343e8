/**
 * The delivery pass of one campaign's round (a chunk task): at each person's opportunities in
 * session order, the campaign's ad is shown where the pacing buys it and the frequency cap allows;
 * it pays the price to beat. Shown people click (per impression) and convert (once, when first
 * reached) with their true probabilities under the creative shown. Updates the campaign's
 * per-person columns (its `selected` mask: reached at least once) and returns this round's counts
 * per group of every audited attribute.
 */
import type { ChunkState } from '../engine/chunk-state';
import { stored } from '../engine/chunk-access';
import type { StoreKey } from '../engine/chunk-store';
import { chunkTask } from '../engine/chunk-task';
import { selectedKey } from '../engine/store-keys';
import { stream } from '../random/stream';
import { keyedUniform } from '../random/keyed-uniform';
import { auditPlan } from '../metrics/plan';
import { own } from '../records/own';
import { campaignRound, clickProbability, conversionProbability } from './campaign-round';
import type { CampaignRoundArgs } from './campaign-round';
import type { Pacing } from './pacing';
import { clickedKey, convertedKey, impressionsKey, roundImpressionsKey, spentKey } from './keys';

/** Counts of a round kept per cell (overall, then each group of each audited attribute). */
export const ROUND_FIELD = { impressions: 0, newReach: 1, spend: 2, clicks: 3, conversions: 4 } as const;
export const ROUND_FIELD_COUNT = 5;

export interface DeliveryArgs extends CampaignRoundArgs {
  pacing: Pacing;
}

export interface ChunkDelivery {
  /** `counts[cell * ROUND_FIELD_COUNT + field]`; cells as in `roundSlices`. */
  counts: Float64Array;
  /** Impressions of each creative per cell: `creatives[cell * creativeCount + creative]` (empty without creatives). */
  creatives: Float64Array;
}

/** The audited single attributes (no intersections): the groups a round reports. */
export function roundSlices(scenario: ChunkState['scenario']) {
  return auditPlan(scenario).slices.filter((s) => s.kind === 'attribute');
}

/**
 * The audited attributes' codes and where each one's cells start: a person of group g of slice s
 * is counted in cell offsets[s] + codes[s][i] (single attributes only, so no cell arrays needed).
 */
export function roundCodes(slices: ReturnType<typeof roundSlices>, chunk: { codes: Record<string, Uint8Array> }): { codes: Uint8Array[]; offsets: number[] } {
  return {
    codes: slices.map((s) => {
      const c = own(chunk.codes, s.attributes[0] as string);
      if (!c) throw new Error(`market: no column for attribute "${s.key}"`);
      return c;
    }),
    offsets: slices.map((s) => s.offset),
  };
}

/** Cells of the round counts: the overall row, then every group of every audited attribute. */
export function roundCellCount(scenario: ChunkState['scenario']): number {
  return 1 + roundSlices(scenario).reduce((sum, s) => sum + s.groupIds.length, 0);
}

function column<T>(state: ChunkState, key: StoreKey<T>, make: (n: number) => T): T {
  let v = state.store.get(key);
  if (v === undefined) {
    v = make((state.chunk as { size: number }).size);
    state.store.set(key, v);
  }
  return v;
}

/** The delivery pass as a chunk task (merged by the loop: counts and creatives by addition). */
export const marketDeliver = chunkTask('marketDeliver', deliverIn);

function deliverIn(state: ChunkState, args: DeliveryArgs): ChunkDelivery {
  const round = campaignRound(state, args, false);
  const { chunk } = round;
  const n = chunk.size;
  const id = args.policyId;
  const impressions = column(state, impressionsKey(id), (k) => new Uint16Array(k));
  const thisRound = new Uint16Array(n);
  const clicked = column(state, clickedKey(id), (k) => new Uint8Array(k));
  const converted = column(state, convertedKey(id), (k) => new Uint8Array(k));
  const spent = column(state, spentKey(id), (k) => new Float64Array(k));
  const boundary = keyedUniform(state.seed, 'market', 'round', args.round, 'chunk', state.index, 'pacing', id);
  const outcome = stream(state.seed, 'market', 'round', args.round, 'chunk', state.index, 'outcome', id);
  const { bin, fraction } = args.pacing;
  const cap = args.settings.frequencyCap;
  const market = state.scenario.market;
  const C = market?.creatives.length ?? 0;
  const creatives = new Float64Array(roundCellCount(state.scenario) * C);

  const slices = roundSlices(state.scenario);
  const { codes, offsets: cellOffsets } = roundCodes(slices, chunk);
  const S = codes.length;
  const counts = new Float64Array(roundCellCount(state.scenario) * ROUND_FIELD_COUNT);
  const add = (i: number, field: number, v: number) => {
    counts[field]! += v;
    for (let s = 0; s < S; s++) counts[((cellOffsets[s] as number) + ((codes[s] as Uint8Array)[i] as number)) * ROUND_FIELD_COUNT + field]! += v;
  };
  const { levels, bins, offsets, floor, minBin } = round;

  const selected = stored(state, selectedKey(id));
  for (let i = 0; i < n; i++) {
    let shown = 0;
    // One uniform per person (read only when needed): the person's opportunities in the boundary
    // bin are bought all or none, so the expected spend is exactly the pacing's.
    let u = -1;
    if ((minBin[i] as number) <= bin)
      for (let o = offsets[i] as number; o < (offsets[i + 1] as number) && shown < cap; o++) {
        const b = bins[o] as number;
        if (levels[o] === Infinity || b > bin) continue;
        if (b === bin && (u < 0 ? (u = boundary(i)) : u) >= fraction) continue;
        shown++;
        const price = floor[o] as number;
        spent[i]! += price;
        add(i, ROUND_FIELD.spend, price);
        if (outcome.next() < clickProbability(round, i)) {
          clicked[i] = 1;
          add(i, ROUND_FIELD.clicks, 1);
        }
      }
    thisRound[i] = shown;
    if (shown > 0) {
      if (C > 0) {
        const c = round.creative[i] as number;
        creatives[c]! += shown;
        for (let k = 0; k < S; k++) creatives[((cellOffsets[k] as number) + ((codes[k] as Uint8Array)[i] as number)) * C + c]! += shown;
      }
      add(i, ROUND_FIELD.impressions, shown);
      if ((impressions[i] as number) === 0) {
        selected[i] = 1;
        add(i, ROUND_FIELD.newReach, 1);
        if (convertsWhenReached(chunk.converts[i] === 1, chunk.conversionProb[i] as number, conversionProbability(round, i), outcome.next())) {
          converted[i] = 1;
          add(i, ROUND_FIELD.conversions, 1);
        }
      }
      impressions[i] = (impressions[i] as number) + shown;
    }
  }
  state.store.set(roundImpressionsKey(id), thisRound);
  round.release(state);
  return { counts, creatives };
}

/**
 * Whether a reached person converts: their potential outcome, moved by the creative's effect with
 * the least change (a creative that raises the rate from p to p' turns a share (p'−p)/(1−p) of the
 * non-converters into converters; one that lowers it keeps a share p'/p of the converters). With no
 * effect this is exactly the potential outcome the audit counts.
 */
export function convertsWhenReached(converts: boolean, p: number, shifted: number, u: number): boolean {
  if (shifted === p) return converts;
  if (shifted > p) return converts || u < (shifted - p) / (1 - p);
  return converts && u < shifted / p;
}

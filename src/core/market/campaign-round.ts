/**
 * One campaign's view of one round in one chunk, shared by the bidding pass and the delivery pass
 * so both see exactly the same numbers: whom the campaign targets, the platform's predicted action
 * rate for each person with the ad it would show them, the campaign's bid multiplier per person
 * (variance reduction), and at each opportunity the pacing level λ* from which the campaign wins it.
 *
 * The campaign bids λ per action (clicks, conversions), per impression or per person reached; the
 * platform ranks by bid × predicted action rate, so the campaign wins an opportunity when
 * λ · rate · multiplier · noise ≥ the price to beat, i.e. from λ* = price ÷ (rate · multiplier · noise),
 * and pays the price to beat (the second price). `noise` is the delivery randomness: exp(d·z).
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { storeKey } from '../engine/chunk-store';
import type { PopulationChunk } from '../population/chunk';
import { stream } from '../random/stream';
import type { Rng } from '../random/stream';
import { own } from '../records/own';
import { ROUND_FLOOR, ROUND_OFFSETS, impressionsKey } from './keys';
import { categoricalIndex, personEffects } from './person-terms';
import type { CampaignSettings } from './settings';

export interface CampaignRoundArgs {
  round: number;
  policyId: string;
  /** Store key of the score column (NaN = not targeted) and of the predicted rate, if the policy has one. */
  scoreKey: string;
  rateKey?: string;
  settings: CampaignSettings;
  /** Bid multiplier per category of one attribute (variance reduction), by category code. */
  groupBid?: { attribute: string; multipliers: number[] };
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const clampRate = (p: number) => Math.min(1 - 1e-9, Math.max(1e-9, p));

export class CampaignRound {
  readonly chunk: PopulationChunk;
  readonly offsets: Int32Array;
  readonly floor: Float32Array;
  /** Ranking rate × bid multiplier per person; 0 = not targeted this round. */
  readonly weight: Float64Array;
  /** Expected actions per impression (the objective's predicted rate; 1 for impressions and reach). */
  readonly actionRate: Float64Array;
  /** The creative the platform shows each person (index into market.creatives; 0 without creatives). */
  readonly creative: Uint8Array;
  /** Log-odds effects on clicking and converting of the creative each person is shown (none without creatives). */
  readonly clickEffect: Float64Array | undefined;
  readonly conversionEffect: Float64Array | undefined;
  private readonly scratch: Scratch;
  private readonly noise: Rng;
  private readonly sigma: number;

  constructor(state: ChunkState, readonly args: CampaignRoundArgs) {
    const chunk = (this.chunk = generatedChunk(state));
    const market = state.scenario.market;
    if (!market) throw new Error('the scenario has no market section');
    this.offsets = stored(state, ROUND_OFFSETS);
    this.floor = stored(state, ROUND_FLOOR);
    const n = chunk.size;
    const score = stored(state, storeKey<Float32Array>(args.scoreKey));
    const rate = args.rateKey !== undefined ? stored(state, storeKey<Float32Array>(args.rateKey)) : undefined;
    const seen = args.settings.objective === 'reach' ? state.store.get(impressionsKey(args.policyId)) : undefined;
    const index = categoricalIndex(state.scenario);
    // Without creatives there is one neutral ad: nothing to choose, no effect on anyone.
    const chosen = market.creatives.length > 0;
    const creatives = chosen ? market.creatives : [{ click: {}, conversion: {} }];
    const clicks = chosen ? creatives.map((c) => personEffects(chunk, index, c.click)) : [];
    const conversions = chosen ? creatives.map((c) => personEffects(chunk, index, c.conversion)) : [];
    const groupBid = args.groupBid;
    const groupCodes = groupBid ? own(chunk.codes, groupBid.attribute) : undefined;
    this.scratch = scratchOf(state, n, this.offsets[n] as number);
    this.weight = this.scratch.weight;
    this.actionRate = this.scratch.actionRate;
    this.creative = this.scratch.creative;
    this.clickEffect = chosen ? new Float64Array(n) : undefined;
    this.conversionEffect = chosen ? new Float64Array(n) : undefined;
    const objective = args.settings.objective;
    const byConversion = objective === 'conversions';
    for (let i = 0; i < n; i++) {
      const s = score[i] as number;
      if (s !== s || (seen && (seen[i] as number) > 0)) continue;
      // The platform's prediction for the person: the policy's rate column, else its own model
      // (the person's click or conversion probability); each creative shifts its log-odds.
      const p = clampRate(rate ? (rate[i] as number) : byConversion ? (chunk.conversionProb[i] as number) : (chunk.clickProb[i] as number));
      let best = 0;
      let bestRate = p;
      if (chosen) {
        const base = logit(p);
        bestRate = -1;
        for (let c = 0; c < creatives.length; c++) {
          const r = sigmoid(base + ((byConversion ? conversions[c] : clicks[c]) as Float64Array)[i]!);
          if (r > bestRate) {
            bestRate = r;
            best = c;
          }
        }
      }
      this.creative[i] = best;
      if (this.clickEffect && this.conversionEffect) {
        this.clickEffect[i] = (clicks[best] as Float64Array)[i] as number;
        this.conversionEffect[i] = (conversions[best] as Float64Array)[i] as number;
      }
      const actionRate = objective === 'clicks' || objective === 'conversions' ? bestRate : 1;
      const m = groupBid && groupCodes ? (groupBid.multipliers[groupCodes[i] as number] ?? 1) : 1;
      this.actionRate[i] = actionRate;
      this.weight[i] = actionRate * m;
    }
    this.sigma = args.settings.deliveryRandomness;
    this.noise = stream(state.seed, 'market', 'round', args.round, 'chunk', state.index, 'delivery', args.policyId);
    this.computeLevels();
  }

  /**
   * λ* of every opportunity in person then session order (Infinity above the campaign's max bid;
   * not computed for people it does not target, whose weight is 0), its pacing bin, and each
   * person's lowest bin. Draws every person's delivery
   * noise whether or not they are targeted, so one person's draws never depend on another's
   * targeting. Computed once per round: the bidding and delivery passes read the same numbers.
   */
  private computeLevels(): void {
    const { levels, bins, minBin } = this.scratch;
    const { offsets, floor, weight, sigma, noise } = this;
    const maxBid = this.args.settings.maxBid;
    const n = this.chunk.size;
    for (let i = 0; i < n; i++) {
      const w = weight[i] as number;
      const from = offsets[i] as number;
      const to = offsets[i + 1] as number;
      let lowest = NO_BID;
      if (w === 0) {
        // Not targeted: nothing to compute, but the person's noise is still drawn.
        if (sigma > 0) for (let o = from; o < to; o++) noise.normal();
      } else
        for (let o = from; o < to; o++) {
          const level = sigma > 0 ? (floor[o] as number) / (w * Math.exp(sigma * noise.normal())) : (floor[o] as number) / w;
          if (level <= maxBid) {
            // pacingBin(level), inlined: this loop runs once per opportunity and campaign.
            asFloat[0] = level;
            let b = ((asBits[0] as number) >> (23 - PER_OCTAVE_BITS)) - FIRST;
            b = b < 0 ? 0 : b >= PACING_BINS ? PACING_BINS - 1 : b;
            levels[o] = level;
            bins[o] = b;
            if (b < lowest) lowest = b;
          } else {
            levels[o] = Infinity;
            bins[o] = PACING_BINS - 1;
          }
        }
      minBin[i] = lowest;
    }
    this.levels = levels;
    this.bins = bins;
    this.minBin = minBin;
  }

  /** The lowest pacing bin of each person's opportunities (NO_BID when the campaign bids on none). */
  minBin: Int16Array = new Int16Array(0);
  levels: Float64Array = new Float64Array(0);
  bins: Int16Array = new Int16Array(0);

  /** Hands the round's columns back to the chunk for its next round (after the delivery pass). */
  release(state: ChunkState): void {
    state.store.set(POOL, this.scratch.whole);
  }
}

/** Per-person and per-opportunity columns of a campaign's round, reused from round to round. */
interface Scratch {
  weight: Float64Array;
  actionRate: Float64Array;
  creative: Uint8Array;
  levels: Float64Array;
  bins: Int16Array;
  minBin: Int16Array;
  /** The same columns at their full length (opportunity columns may be longer than this round needs). */
  whole: { weight: Float64Array; actionRate: Float64Array; creative: Uint8Array; minBin: Int16Array; levels: Float64Array; bins: Int16Array };
}

const POOL = storeKey<Scratch['whole']>('market:pool');

function scratchOf(state: ChunkState, people: number, opportunities: number): Scratch {
  const kept = state.store.get(POOL);
  state.store.delete(POOL);
  const fits = kept !== undefined && kept.weight.length === people;
  const whole = {
    weight: fits ? kept.weight.fill(0) : new Float64Array(people),
    actionRate: fits ? kept.actionRate.fill(0) : new Float64Array(people),
    creative: fits ? kept.creative.fill(0) : new Uint8Array(people),
    minBin: fits ? kept.minBin : new Int16Array(people),
    levels: fits && kept.levels.length >= opportunities ? kept.levels : new Float64Array(Math.ceil(opportunities * 1.1)),
    bins: fits && kept.bins.length >= opportunities ? kept.bins : new Int16Array(Math.ceil(opportunities * 1.1)),
  };
  return { ...whole, levels: whole.levels.subarray(0, opportunities), bins: whole.bins.subarray(0, opportunities), whole };
}

/** The round's campaign view kept in the chunk store from the bidding pass to the delivery pass. */
const KEPT = storeKey<CampaignRound>('market:campaignRound');

export function campaignRound(state: ChunkState, args: CampaignRoundArgs, fresh: boolean): CampaignRound {
  const kept = state.store.get(KEPT);
  if (!fresh && kept instanceof CampaignRound && kept.args.round === args.round && kept.args.policyId === args.policyId) {
    state.store.delete(KEPT);
    return kept;
  }
  const round = new CampaignRound(state, args);
  if (fresh) state.store.set(KEPT, round);
  return round;
}

/**
 * The pacing histogram: bins of λ on a log scale, 64 to an octave (each about 1.1% wide), from
 * 2^-30 (about 1e-9) to 2^30 (about 1e9); levels outside fall in the end bins. A bin is read off
 * the bits of λ as a 32-bit float (its exponent and top six mantissa bits): monotone in λ, exact,
 * and much cheaper than a logarithm per opportunity.
 */
const OCTAVES = 60;
/** A person's lowest bin when the campaign bids on none of their opportunities: above every bin. */
export const NO_BID = 0x7fff;
const PER_OCTAVE_BITS = 6;
export const PACING_BINS = OCTAVES << PER_OCTAVE_BITS;
const FIRST = (127 - OCTAVES / 2) << PER_OCTAVE_BITS;
const asFloat = new Float32Array(1);
const asBits = new Int32Array(asFloat.buffer);

export function pacingBin(level: number): number {
  if (!(level > 0)) return 0;
  asFloat[0] = level;
  const b = ((asBits[0] as number) >> (23 - PER_OCTAVE_BITS)) - FIRST;
  return b < 0 ? 0 : b >= PACING_BINS ? PACING_BINS - 1 : b;
}

/** The person's true click and conversion probabilities under the creative they are shown. */
export function clickProbability(round: CampaignRound, i: number): number {
  const effect = round.clickEffect ? (round.clickEffect[i] as number) : 0;
  const p = round.chunk.clickProb[i] as number;
  return effect === 0 ? p : sigmoid(logit(clampRate(p)) + effect);
}

export function conversionProbability(round: CampaignRound, i: number): number {
  const effect = round.conversionEffect ? (round.conversionEffect[i] as number) : 0;
  const p = round.chunk.conversionProb[i] as number;
  return effect === 0 ? p : sigmoid(logit(clampRate(p)) + effect);
}

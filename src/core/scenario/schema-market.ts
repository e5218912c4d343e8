/**
 * The scenario's optional `market` section (issue 15): the campaign runs over rounds (days) in an
 * ad market. Each person has ad opportunities (sessions) per round; at each one every policy's
 * campaign competes with the competing advertisers here; the platform ranks by bid × predicted
 * action rate and charges the second price. Without this section a scenario runs in one round,
 * exactly as before. Cross-references (attributes, categories, policy ids) are checked in
 * `references-market.ts`; the engine is `src/core/market/`.
 */
import { z } from 'zod';
import { NUMBER_BOUNDS as NB } from './number-bounds';
import { finite, groupMapWithin, id, label, within } from './schema-fields';
import { Learning } from './schema-learning';
import { MARKET_LIMITS } from './market-limits';

export { MARKET_LIMITS } from './market-limits';


const multiplier = () => groupMapWithin(NB.multiplierMin, NB.multiplierMax, ' (a multiplier)');

export const MarketSessions = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fixed'),
    count: z.number().int().min(0).max(MARKET_LIMITS.sessions).describe('Every person has this many sessions each round.'),
    multipliers: multiplier().default({}).describe('attribute → category → multiplier of the count (rounded to the nearest whole session, at most 32).'),
  }),
  z.strictObject({
    kind: z.literal('poisson'),
    mean: within(0, MARKET_LIMITS.sessions).describe('Mean sessions per person per round (Poisson, capped at 32).'),
    multipliers: multiplier().default({}).describe('attribute → category → multiplier of the mean (some groups are online more).'),
  }),
  z.strictObject({
    kind: z.literal('column'),
    attribute: id().describe('A numeric attribute: each person\'s mean sessions per round (Poisson, clipped to 0–32).'),
  }),
]);

/** A multiplier for people in every one of the named groups at once (e.g. women AND aged 25–54). */
export const MarketInteraction = z.strictObject({
  groups: z.record(id(), id()).describe('attribute → category; the multiplier applies to people in all of them.'),
  multiplier: within(NB.multiplierMin, NB.multiplierMax, ' (a multiplier)'),
});

export const Competitor = z.strictObject({
  id: id(),
  label: label().optional(),
  bid: within(1e-6, NB.priceBaseMax).describe('The competitor\'s ranking bid per impression (bid × its predicted action rate) for an average person.'),
  multipliers: multiplier().default({}).describe('attribute → category → bid multiplier (who the competitor wants).'),
  interactions: z.array(MarketInteraction).max(MARKET_LIMITS.interactions).default([]),
  noise: finite().min(0).max(3).default(0.25).describe('Sigma of mean-one log-normal noise on each of its bids.'),
  dailyBudget: finite().positive().optional().describe('Spend per round; it bids in a share of auctions so as to stay within it (no cap if absent).'),
});

export const BidStrategy = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('maxBid'), bid: finite().positive().describe('Highest bid per action (per click, conversion, impression or person reached, by objective).') }),
  z.strictObject({ kind: z.literal('costCap'), cap: finite().positive().describe('Highest average cost per action over a round.') }),
]);

const campaignFields = {
  dailyBudget: finite().positive().describe('Spend per round (day).'),
  totalBudget: finite().positive().optional().describe('Spend over the whole campaign, paced evenly over the rounds left.'),
  bidStrategy: BidStrategy.optional().describe('Default: no bid limit (the budget alone paces).'),
  objective: z.enum(['clicks', 'conversions', 'reach', 'impressions']).default('clicks'),
  frequencyCap: z.number().int().min(1).max(MARKET_LIMITS.sessions).optional().describe('Impressions per person per round, at most.'),
  deliveryRandomness: finite().min(0).max(3).default(0).describe('Sigma of log-normal noise on the platform\'s ranking of our ad: 0 = hard cut by price.'),
};

export const MarketCampaign = z.strictObject(campaignFields);
/** Per policy: settings of its campaign that differ from `market.campaign`. */
export const MarketCampaignOverride = z.strictObject({
  dailyBudget: campaignFields.dailyBudget.optional(),
  totalBudget: campaignFields.totalBudget,
  bidStrategy: campaignFields.bidStrategy,
  objective: z.enum(['clicks', 'conversions', 'reach', 'impressions']).optional(),
  frequencyCap: campaignFields.frequencyCap,
  deliveryRandomness: finite().min(0).max(3).optional(),
});

/** attribute → category → log-odds effect of the creative on clicks or conversions. */
const creativeEffects = () => groupMapWithin(-NB.effect, NB.effect, ' (a log-odds effect)').default({});

export const Creative = z.strictObject({
  id: id(),
  label: label().optional(),
  click: creativeEffects().describe('attribute → category → log-odds effect on clicking this ad.'),
  conversion: creativeEffects().describe('attribute → category → log-odds effect on converting after this ad.'),
});

export const Market = z.strictObject({
  rounds: z.number().int().min(1).max(MARKET_LIMITS.rounds).describe('Rounds (days) the campaign runs.'),
  sessions: MarketSessions,
  reserve: finite().min(0).max(NB.multiplierMax).default(1).describe('Reserve price per impression: this × the person\'s price (behaviour.price).'),
  competitors: z.array(Competitor).max(MARKET_LIMITS.competitors).default([]),
  campaign: MarketCampaign,
  campaigns: z.record(id(), MarketCampaignOverride).default({}).describe('policy id → campaign settings that differ for that policy\'s campaign.'),
  creatives: z.array(Creative).max(MARKET_LIMITS.creatives).default([]).describe('The ads; the platform shows each person the one with the highest predicted rate. None = one neutral ad.'),
  learning: Learning.optional(),
});

/**
 * One campaign's settings: `market.campaign` with the policy's own `market.campaigns[id]` on top,
 * and what a round's budget is once the campaign has spent some of its total.
 */
import type { Market } from '../scenario/types';
import { own } from '../records/own';

export type Objective = Market['campaign']['objective'];

export interface CampaignSettings {
  dailyBudget: number;
  totalBudget: number | null;
  /** Highest bid per action; Infinity without a max bid. */
  maxBid: number;
  /** Highest average cost per action in a round; null without a cost cap. */
  costCap: number | null;
  objective: Objective;
  /** Impressions per person per round (reach: 1). */
  frequencyCap: number;
  deliveryRandomness: number;
}

export function campaignSettings(market: Market, policyId: string): CampaignSettings {
  const base = market.campaign;
  const o = own(market.campaigns, policyId) ?? {};
  const bid = o.bidStrategy ?? base.bidStrategy;
  const objective = o.objective ?? base.objective;
  const cap = o.frequencyCap ?? base.frequencyCap ?? Number.MAX_SAFE_INTEGER;
  return {
    dailyBudget: o.dailyBudget ?? base.dailyBudget,
    totalBudget: o.totalBudget ?? base.totalBudget ?? null,
    maxBid: bid?.kind === 'maxBid' ? bid.bid : Infinity,
    costCap: bid?.kind === 'costCap' ? bid.cap : null,
    objective,
    frequencyCap: objective === 'reach' ? 1 : cap,
    deliveryRandomness: o.deliveryRandomness ?? base.deliveryRandomness,
  };
}

/**
 * The budget of round `round` (0-based) of `rounds`: the daily budget, and with a total budget no
 * more than an even share of what is left over the rounds left (what a round leaves unspent
 * carries over).
 */
export function roundBudget(settings: CampaignSettings, round: number, rounds: number, spent: number): number {
  if (settings.totalBudget === null) return settings.dailyBudget;
  const left = Math.max(0, settings.totalBudget - spent);
  return Math.min(settings.dailyBudget, left / (rounds - round));
}

/**
 * The rounds loop of a market scenario. After the ordinary policy step has scored every policy,
 * each policy runs as its own campaign in the same market, round after round: the round's market
 * (sessions, competitors' bids) is drawn once and shared; each campaign then bids (pacing within
 * its round budget), is delivered, and hands what it observed to its learner. Every chunk result
 * merges by addition in chunk order, so results do not depend on the number of workers. After the
 * last round each policy's `selected` mask holds the people reached at least once: what the
 * ordinary audit and every chart then look at.
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import { throwIfAborted } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import { reduceChunks } from '../engine/runner';
import { marketBids } from './pacing';
import { marketDeliver } from './deliver';
import { marketCompetition, marketOpportunities } from './opportunities';
import { marketStart } from './start';
import { scoreKey } from '../engine/store-keys';
import { mergeByAddition } from '../metrics/counts';
import type { ScoredPolicy } from '../policies/context';
import type { PolicyOutcome } from '../policies/outcome';
import type { Seed } from '../random/stream';
import type { PolicyRounds, RoundsResults } from '../results/rounds-types';
import type { CategoricalAttribute, Market, Policy, Scenario } from '../scenario/types';
import type { CampaignRoundArgs } from './campaign-round';
import type { Learner, RoundTargeting } from './learner';
import { learnerFor } from '../learning/choose';
import { audienceKey, clickedKey, convertedKey, impressionsKey, roundImpressionsKey } from './keys';
import { competitorParticipation } from './opportunities';
import { choosePacing } from './pacing';
import { CampaignTotals, creativeRows, groupMix, roundRow } from './round-rows';
import { roundSlices } from './deliver';
import type { CampaignSettings } from './settings';
import { campaignSettings, roundBudget } from './settings';
import { GroupBidController } from './variance-reduction';
import { selectedKey } from '../engine/store-keys';

export interface MarketOptions {
  signal?: AbortSignalLike;
  /** Called after every round with the rounds done and the rounds in all. */
  onRound?: (done: number, rounds: number) => void;
}

export interface MarketOutput {
  rounds: RoundsResults;
  outcomes: PolicyOutcome[];
}

interface Campaign {
  policy: Policy;
  settings: CampaignSettings;
  first: RoundTargeting;
  learner: Learner;
  vr?: { controller: GroupBidController; attribute: string; categories: string[] };
  /** Remarks for the policy's outcome. */
  notes: string[];
  spent: number;
  totals: CampaignTotals;
  rounds: PolicyRounds;
}

/** Whether a policy's model predicts the campaign's objective (then the platform ranks by it). */
function ratesObjective(policy: Policy, settings: CampaignSettings): boolean {
  if (policy.type === 'propensity') return settings.objective === 'conversions';
  if (policy.type === 'delivery') return (policy.objective === 'click' ? 'clicks' : 'conversions') === settings.objective;
  return false;
}

async function prepare(runner: ChunkRunner, scenario: Scenario, market: Market, seed: Seed, policy: Policy, scored: ReadonlyMap<string, ScoredPolicy>, signal?: AbortSignalLike): Promise<Campaign> {
  const settings = campaignSettings(market, policy.id);
  const scoring = policy.type === 'fairness' ? policy.base : policy.id;
  const own = scored.get(scoring) ?? { scoreKey: scoreKey(scoring), candidates: 0, notes: [] };
  const rateKey = own.probKey !== undefined && ratesObjective(scenario.policies.find((p) => p.id === scoring) ?? policy, settings) ? own.probKey : undefined;
  let base: ScoredPolicy = { ...own, probKey: rateKey };
  if (rateKey === undefined) delete base.probKey;
  let vr: Campaign['vr'];
  const audience = policy.type === 'fairness' && policy.constraint !== 'variance-reduction';
  const people = await reduceChunks(runner, marketStart, audience ? { policyId: policy.id, audienceFrom: selectedKey(policy.id) } : { policyId: policy.id }, signal);
  if (audience) base = { ...base, scoreKey: audienceKey(policy.id) };
  const notes: string[] = [];
  if (policy.type === 'fairness' && policy.constraint === 'variance-reduction') {
    const attr = scenario.population.attributes.find((a): a is CategoricalAttribute => a.id === policy.attribute && a.type === 'categorical');
    // The rounds count reach by the audited attributes, so the controller can only balance one of them.
    if (attr && roundSlices(scenario).some((s) => s.key === attr.id)) vr = { controller: new GroupBidController(policy, attr.categories.length), attribute: attr.id, categories: attr.categories.map((c) => c.id) };
    else notes.push(`Variance reduction in the market balances only an audited attribute: "${policy.attribute}" is not audited, so its campaign bid like its base policy's.`);
  }
  const learner = learnerFor(scenario, policy)({ runner, scenario, seed, policy, scored: base, signal });
  const first: RoundTargeting = base.probKey !== undefined ? { scoreKey: base.scoreKey, rateKey: base.probKey } : { scoreKey: base.scoreKey };
  const campaign: Campaign = { policy, settings, first, learner, notes, spent: 0, totals: new CampaignTotals(scenario, people), rounds: { policyId: policy.id, rounds: [] } };
  if (vr) campaign.vr = vr;
  return campaign;
}

export async function runMarket(
  runner: ChunkRunner,
  scenario: Scenario,
  seed: Seed,
  outcomes: readonly PolicyOutcome[],
  scored: ReadonlyMap<string, ScoredPolicy>,
  options: MarketOptions = {},
): Promise<MarketOutput> {
  const market = scenario.market;
  if (!market) throw new Error('the scenario has no market section');
  const { signal } = options;
  const campaigns: Campaign[] = [];
  for (const policy of scenario.policies) campaigns.push(await prepare(runner, scenario, market, seed, policy, scored, signal));
  const R = market.rounds;
  for (let r = 0; r < R; r++) {
    throwIfAborted(signal);
    const spend = await reduceChunks(runner, marketOpportunities, { round: r }, signal);
    await runner.map(marketCompetition, { round: r, participation: competitorParticipation(market, [...spend]) }, signal);
    for (const c of campaigns) await runRound(runner, scenario, c, r, R, signal);
    options.onRound?.(r + 1, R);
  }
  return { rounds: { count: R, policies: campaigns.map((c) => c.rounds) }, outcomes: outcomes.map((o) => marketOutcome(o, campaigns)) };
}

async function runRound(runner: ChunkRunner, scenario: Scenario, c: Campaign, r: number, rounds: number, signal?: AbortSignalLike): Promise<void> {
  const id = c.policy.id;
  const targeting = r === 0 ? c.first : await c.learner.targetingFor(r);
  const args: CampaignRoundArgs = { round: r, policyId: id, scoreKey: targeting.scoreKey, settings: c.settings };
  if (targeting.rateKey !== undefined) args.rateKey = targeting.rateKey;
  if (c.vr) args.groupBid = { attribute: c.vr.attribute, multipliers: [...c.vr.controller.multipliers] };
  const histogram = await reduceChunks(runner, marketBids, args, signal);
  const pacing = choosePacing(histogram, roundBudget(c.settings, r, rounds, c.spent), c.settings.costCap);
  const parts = await runner.map(marketDeliver, { ...args, pacing }, signal);
  const counts = mergeByAddition(parts.map((p) => p.counts));
  c.totals.add(counts);
  const row = roundRow(scenario, r, counts, c.totals, targeting.exploration);
  if ((scenario.market?.creatives.length ?? 0) > 0) row.creatives = creativeRows(scenario, mergeByAddition(parts.map((p) => p.creatives)));
  c.spent += row.spend;
  c.rounds.rounds.push(row);
  if (c.vr) {
    const mix = groupMix(scenario, c.totals, c.vr.attribute);
    if (mix) c.vr.controller.update(mix.reached, mix.eligible);
  }
  await c.learner.observe({ round: r, impressionsKey: impressionsKey(id), roundImpressionsKey: roundImpressionsKey(id), clickedKey: clickedKey(id), convertedKey: convertedKey(id) });
}

/** A policy's outcome after the market: reached at least once, and what its campaign spent. */
function marketOutcome(outcome: PolicyOutcome, campaigns: readonly Campaign[]): PolicyOutcome {
  const c = campaigns.find((x) => x.policy.id === outcome.id);
  const last = c?.rounds.rounds.at(-1);
  if (!c || !last) return outcome;
  // The single round's cut, pacing and added cost do not describe the market's delivery.
  const rest: PolicyOutcome = { ...outcome };
  delete rest.thresholds;
  delete rest.pacing;
  delete rest.addedCost;
  const out: PolicyOutcome = { ...rest, reached: last.reach, spend: c.spent, notes: [...outcome.notes, ...c.notes, `Ran ${c.rounds.rounds.length} rounds in the market: ${last.reach.toLocaleString('en')} people reached, ${c.rounds.rounds.reduce((s, x) => s + x.impressions, 0).toLocaleString('en')} impressions.`] };
  if (c.vr) {
    const categories = c.vr.categories;
    out.pacing = Object.fromEntries(c.vr.controller.multipliers.map((m, g) => [categories[g] as string, m]));
    const base = c.policy.type === 'fairness' ? campaigns.find((x) => x.policy.id === (c.policy as { base: string }).base) : undefined;
    const perReach = (x: Campaign | undefined) => {
      const reach = x?.rounds.rounds.at(-1)?.reach ?? 0;
      return x && reach > 0 ? x.spent / reach : null;
    };
    out.addedCost = { costPerReach: perReach(c), baseCostPerReach: perReach(base) };
  }
  return out;
}

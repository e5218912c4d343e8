/**
 * What a scenario's `market` section adds to the work of a run (work-estimate.ts): every round
 * visits every opportunity (a person's session) once per competitor when drawing the market and
 * twice per campaign (bidding, delivery), and keeps per opportunity the price to beat, the pacing
 * level and bin and, while drawing, each competitor's bid. Two caps bound it; see docs/limits.md.
 */
import type { Issue } from './issues';
import type { Market, Scenario } from './types';

export const MARKET_WORK_LIMITS = {
  /**
   * Opportunities in one round (people × expected sessions): their columns take about
   * (14 + 4 × competitors) bytes each, so 2e8 stays under 10 GB over all workers. 10 million people
   * with 20 sessions a round fit.
   */
  opportunitiesPerRound: 2e8,
  /**
   * Opportunity visits over the run (opportunities × rounds × (competitors + 2 × policies)): at
   * 1e11 a run takes about an hour on two workers, past which no one waits for an answer.
   */
  opportunityVisits: 1e11,
  /**
   * Passes of the learners over the run (people × rounds × learners × their passes a round): the
   * same hour on two workers as the opportunity visits.
   */
  learnerPasses: 1e11,
} as const;

/** Bytes per opportunity: price to beat (4), level (8), bin (2); per competitor a bid (4). */
const OPPORTUNITY_BYTES = 14;
const BID_BYTES = 4;
/** Per person and campaign: impressions (2 + 2), clicked, converted (1 + 1), spent (8), audience (4). */
const CAMPAIGN_BYTES = 18;

export interface MarketWork {
  readonly sessionsPerPerson: number;
  readonly opportunitiesPerRound: number;
  readonly opportunityVisits: number;
  readonly memoryBytes: number;
  /** Passes over the people the rounds add (two per campaign and round, one per round for the market, the learners'). */
  readonly personPasses: number;
  /** The learners' share of `personPasses`. */
  readonly learnerPasses: number;
}

/**
 * Passes one learner (market.learning) makes per round: four over everyone (marking whom it
 * observed, scoring with the new model, the targeting columns and, for ε-greedy, their maximum)
 * and about nine over its training rows (encoding them, Newton's steps, the Hessian). The rows are
 * the history plus the people reached so far; the estimate counts the history, since who will be
 * reached is not known before the run.
 */
function learnerPassesPerRound(scenario: Scenario): number {
  const people = scenario.population.size;
  return 4 + 9 * Math.min(1, scenario.history.size / people);
}
/** Per person and learner: observed, history-only and grown-seed masks (3), score, rate and prob (12). */
const LEARNER_BYTES = 15;

/** An upper estimate of a person's sessions per round. */
function sessionsPerPerson(scenario: Scenario, market: Market): number {
  const s = market.sessions;
  if (s.kind === 'column') {
    const a = scenario.population.attributes.find((x) => x.id === s.attribute);
    const d = a?.type === 'numeric' ? a.distribution : undefined;
    const mean =
      d?.kind === 'normal' ? d.mean : d?.kind === 'lognormal' ? Math.exp(d.mu + (d.sigma * d.sigma) / 2) : d?.kind === 'uniform' ? (d.min + d.max) / 2 : d?.kind === 'beta' ? d.alpha / (d.alpha + d.beta) : 32;
    return Math.min(32, Math.max(0, mean));
  }
  const most = Object.values(s.multipliers).reduce((p, byCategory) => p * Math.max(1, ...Object.values(byCategory)), 1);
  return Math.min(32, (s.kind === 'fixed' ? s.count : s.mean) * most);
}

export function estimateMarketWork(scenario: Scenario): MarketWork | undefined {
  const market = scenario.market;
  if (!market) return undefined;
  const people = scenario.population.size;
  const sessions = sessionsPerPerson(scenario, market);
  const perRound = people * sessions;
  const K = market.competitors.length;
  const policies = scenario.policies.length;
  const learners = market.learning?.length ?? 0;
  return {
    sessionsPerPerson: sessions,
    opportunitiesPerRound: perRound,
    opportunityVisits: perRound * market.rounds * (K + 2 * policies) * scenario.audit.replicates,
    memoryBytes: perRound * (OPPORTUNITY_BYTES + BID_BYTES * K) + people * (4 + CAMPAIGN_BYTES * policies + LEARNER_BYTES * learners),
    personPasses: people * market.rounds * (1 + 2 * policies + learnerPassesPerRound(scenario) * learners) * scenario.audit.replicates,
    learnerPasses: people * market.rounds * learnerPassesPerRound(scenario) * learners * scenario.audit.replicates,
  };
}

export function checkMarketWork(scenario: Scenario): Issue[] {
  const w = estimateMarketWork(scenario);
  if (!w) return [];
  const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 1 });
  const issues: Issue[] = [];
  if (w.opportunitiesPerRound > MARKET_WORK_LIMITS.opportunitiesPerRound)
    issues.push({ path: 'market.sessions', message: `${n(w.opportunitiesPerRound)} ad opportunities a round (${n(scenario.population.size)} people × up to ${n(w.sessionsPerPerson)} sessions); at most ${n(MARKET_WORK_LIMITS.opportunitiesPerRound)}: fewer sessions or people` });
  if (w.opportunityVisits > MARKET_WORK_LIMITS.opportunityVisits)
    issues.push({ path: 'market.rounds', message: `${w.opportunityVisits.toExponential(1)} opportunity visits over the run (opportunities × rounds × (competitors + 2 × policies)); at most ${MARKET_WORK_LIMITS.opportunityVisits.toExponential(0)}: fewer rounds, policies or sessions` });
  if (w.learnerPasses > MARKET_WORK_LIMITS.learnerPasses)
    issues.push({ path: 'market.learning', message: `${w.learnerPasses.toExponential(1)} passes over the people to retrain (people × rounds × learners × about ${n(learnerPassesPerRound(scenario))}); at most ${MARKET_WORK_LIMITS.learnerPasses.toExponential(0)}: fewer learners, rounds or people` });
  return issues;
}

/**
 * Round-by-round results of a market scenario (`results.rounds`, present only when the scenario has
 * a `market` section). Every policy of the scenario runs as its own campaign in the same market;
 * each round (a day) reports what that campaign bought and whom it reached, in total and per group
 * of every audited attribute. Plain JSON data only; an undefined ratio is `null`.
 */

/** One group of one audited attribute in one round of one campaign. */
export interface RoundGroupRow {
  attribute: string;
  group: string;
  /** Impressions shown to the group this round. */
  impressions: number;
  /** People of the group reached at least once so far (cumulative unique). */
  reach: number;
  /** The group's share of this round's impressions (0 when there were none). */
  impressionShare: number;
  /** The group's share of the people reached so far (0 when no one was). */
  reachShare: number;
  /** The group's share of the population. */
  populationShare: number;
  /** reachShare ÷ populationShare (1 = reached in proportion). */
  ratio: number;
  /** Money spent on the group so far ÷ people of the group reached so far; null when none were. */
  costPerReach: number | null;
}

/** One round (day) of one campaign. Money and counts are this round's, except `reach`. */
export interface RoundRow {
  /** 0-based round number. */
  round: number;
  spend: number;
  impressions: number;
  /** People reached at least once so far (cumulative unique). */
  reach: number;
  /** People reached for the first time this round. */
  newReach: number;
  clicks: number;
  conversions: number;
  /** People shown the ad this round because a learner explored (absent without exploration). */
  exploration?: number;
  groups: RoundGroupRow[];
  /** With several ads (market.creatives): this round's impressions of each, in total and per group. */
  creatives?: RoundCreativeRow[];
}

/** Which ad the platform showed: one creative's impressions in a round. */
export interface RoundCreativeRow {
  id: string;
  impressions: number;
  groups: Array<{ attribute: string; group: string; impressions: number }>;
}

export interface PolicyRounds {
  policyId: string;
  rounds: RoundRow[];
}

export interface RoundsResults {
  /** Rounds run (the market's `rounds`). */
  count: number;
  policies: PolicyRounds[];
}

/**
 * The one hook the rounds loop (market/run-market.ts) offers a learner. For every policy the loop
 * makes one Learner; before round r it asks for the round's targeting (round 0 is always the
 * policy's ordinary scores), and after round r it hands over what the campaign OBSERVED: store keys
 * of per-chunk columns that hold outcomes of the people it reached only (the selective-labels
 * feedback loop). A learner reads them with chunk tasks of its own, whose results merge by addition
 * in chunk order, and writes new score columns into the chunk stores.
 *
 * Determinism: a learner draws only from streams keyed by (seed, round, chunk or person), e.g.
 * `stream(seed, 'chunk', i, 'learner', policyId, round)`, so results do not depend on workers.
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import type { ScoredPolicy } from '../policies/context';
import type { Seed } from '../random/stream';
import type { Policy, Scenario } from '../scenario/types';

/** What a learner may use: the runner holding the people and their stores, and its policy. */
export interface LearnerContext {
  readonly runner: ChunkRunner;
  readonly scenario: Scenario;
  readonly seed: Seed;
  readonly policy: Policy;
  /** The policy's ordinary scores (its round-0 targeting), with its model if it is learned. */
  readonly scored: ScoredPolicy;
  readonly signal?: AbortSignalLike;
}

/** Whom the campaign targets in one round, as store keys of per-chunk Float32Array columns. */
export interface RoundTargeting {
  /** The policy's score per person; NaN = not targeted this round. Higher = bid first within the campaign. */
  scoreKey: string;
  /**
   * The predicted action rate per person the platform ranks this campaign's bids by (bid × rate);
   * absent → the policy's probability column if it has one, else the platform's own click model.
   */
  rateKey?: string;
  /** People targeted this round only because the learner explored (reported as `exploration`). */
  exploration?: number;
}

/**
 * What one campaign observed up to and including round `round`, as store keys of per-chunk columns.
 * Only people reached at least once have non-zero entries: nobody else was observed.
 */
export interface RoundObservation {
  readonly round: number;
  /** Uint16Array: impressions each person has seen so far. */
  readonly impressionsKey: string;
  /** Uint16Array: impressions each person saw in this round. */
  readonly roundImpressionsKey: string;
  /** Uint8Array: 1 if the person was reached and clicked at least once so far. */
  readonly clickedKey: string;
  /** Uint8Array: 1 if the person was reached and converted (the observed label), else 0. */
  readonly convertedKey: string;
}

export interface Learner {
  /** Targeting for round `round` ≥ 1 (the loop uses the policy's own scores for round 0). */
  targetingFor(round: number): Promise<RoundTargeting>;
  /** Called after every round with what the campaign observed. */
  observe(observation: RoundObservation): Promise<void>;
}

export type LearnerFactory = (ctx: LearnerContext) => Learner;

/** The default: never retrains, so every round targets with the policy's ordinary scores. */
export const neverRetrains: LearnerFactory = (ctx) => {
  const targeting: RoundTargeting = ctx.scored.probKey !== undefined ? { scoreKey: ctx.scored.scoreKey, rateKey: ctx.scored.probKey } : { scoreKey: ctx.scored.scoreKey };
  return {
    targetingFor: () => Promise.resolve(targeting),
    observe: () => Promise.resolve(),
  };
};

/** The learner the rounds loop makes for each policy of a market scenario (market/learner.ts is the hook). */
import type { LearnerFactory } from '../market/learner';
import { neverRetrains } from '../market/learner';
import type { Policy, Scenario } from '../scenario/types';
import { learnerOf } from './index';

/** The policy's entry of `market.learning` (retrain and explore), or the default that never retrains. */
export function learnerFor(scenario: Scenario, policy: Policy): LearnerFactory {
  return learnerOf(scenario.market?.learning, policy.id) ?? neverRetrains;
}

/**
 * Learning over rounds: learned policies retrain after every round on what their campaign
 * observed, with an exploration strategy (docs/market.md, "Learning over rounds").
 */
import type { LearnerFactory } from '../market/learner';
import type { PolicyLearning } from './types';
import { retrainingLearner } from './learner';

export { retrainingLearner, learnerKeys } from './learner';
export { checkLearning } from './references';
export type { Exploration, PolicyLearning } from './types';

/** The learner of `policyId` when `learning` lists it, else undefined (the loop's default applies). */
export function learnerOf(learning: readonly PolicyLearning[] | undefined, policyId: string): LearnerFactory | undefined {
  const entry = learning?.find((l) => l.policy === policyId);
  return entry ? retrainingLearner(entry) : undefined;
}

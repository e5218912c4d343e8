/** The per-chunk tasks of the policy step, for the engine's task table. */
export { eligibility } from './eligibility';
export { policyScores, policyMaskGroups } from './candidate-scores';
export { policyGroupStats } from './group-stats';
export { policyScoreHistogram } from './score-histogram';
export { policyDropKeys, storeClear } from './drop-keys';
export { policySeedMask } from './seed-mask';
export { policyCountAbove } from './count-above';
export { policyContextMeans, policyContextScores } from './contextual-scores';

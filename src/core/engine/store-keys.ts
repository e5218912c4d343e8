/**
 * Names of the per-chunk arrays kept in ChunkState.store between steps. One place, so the
 * population, policy, audit and export steps agree on them.
 */
/** Uint8Array: 1 if the person is eligible for the campaign. */
export const ELIGIBLE = 'eligible';
/** Uint8Array: 1 if the person was reached by the past campaign (the history). */
export const HISTORY = 'history';
/** Uint8Array: the past campaign's recorded conversion (after label bias); 0 outside the history. */
export const HISTORY_LABEL = 'historyLabel';
/** Uint8Array: 1 if the person is in the lookalike seed audience of the default seed rule. */
export const SEED_AUDIENCE = 'seedAudience';
/** Float32Array: the policy's score for each person; NaN where the person is not a candidate. */
export const scoreKey = (policyId: string) => `score:${policyId}`;
/** Uint8Array: 1 if the policy selected (reached) the person. */
export const selectedKey = (policyId: string) => `selected:${policyId}`;

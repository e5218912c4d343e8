/** `random`: uniform among eligible people, consent or not — the baseline every other policy is compared to. */
import { reduceChunks } from '../engine/runner';
import { scoreKey } from '../engine/store-keys';
import type { Policy } from '../scenario/types';
import { policyScores } from './candidate-scores';
import type { PolicyContext, ScoredPolicy } from './context';

type RandomPolicy = Extract<Policy, { type: 'random' }>;

export async function scoreRandom(ctx: PolicyContext, policy: RandomPolicy): Promise<ScoredPolicy> {
  const { candidates } = await reduceChunks(
    ctx.runner,
    policyScores,
    { policyId: policy.id, source: { kind: 'uniform' }, requireConsent: false },
    ctx.signal,
  );
  return { scoreKey: scoreKey(policy.id), candidates, notes: [] };
}

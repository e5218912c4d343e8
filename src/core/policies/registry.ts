/**
 * Policy types by name, from their descriptors (types/index.ts). Each scoring type writes
 * `score:<id>` for every chunk; selection within the budget is the same for all (see `run.ts`).
 * `fairness` re-selects another policy's scores and is handled in `fairness.ts`.
 */
import type { Policy } from '../scenario/types';
import type { PolicyContext, ScoredPolicy } from './context';
import { scoringKit } from './scoring-kit';
import { policyDescriptor } from './types/catalogue';

export function scorePolicy(ctx: PolicyContext, policy: Policy): Promise<ScoredPolicy> {
  const type = policyDescriptor(policy.type);
  if (!type?.score) throw new Error(`policy "${policy.id}": a ${policy.type} policy has no scores of its own`);
  return type.score(scoringKit(ctx, policy.id, type), policy as never);
}

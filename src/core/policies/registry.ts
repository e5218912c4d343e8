/**
 * Policy types by name. Each scoring type writes `score:<id>` for every chunk; selection within the
 * budget is the same for all (see `run.ts`). `fairness` is a wrapper over a scoring policy and is
 * handled in `fairness.ts`.
 */
import type { Policy } from '../scenario/types';
import type { PolicyContext, ScoredPolicy } from './context';
import { scoreDelivery } from './delivery';
import { scoreLookalike } from './lookalike';
import { scorePropensity } from './propensity';
import { scoreRandom } from './random';
import { scoreRules } from './rules';

type ScoringPolicy = Exclude<Policy, { type: 'fairness' }>;
type Scorer<T extends ScoringPolicy['type']> = (ctx: PolicyContext, policy: Extract<ScoringPolicy, { type: T }>) => Promise<ScoredPolicy>;

export const POLICY_TYPES: { [T in ScoringPolicy['type']]: { personalised: boolean; score: Scorer<T> } } = {
  random: { personalised: false, score: scoreRandom },
  rules: { personalised: false, score: scoreRules },
  propensity: { personalised: true, score: scorePropensity },
  lookalike: { personalised: true, score: scoreLookalike },
  delivery: { personalised: true, score: scoreDelivery },
};

export function scorePolicy(ctx: PolicyContext, policy: ScoringPolicy): Promise<ScoredPolicy> {
  const kind = POLICY_TYPES[policy.type] as { score: (ctx: PolicyContext, p: ScoringPolicy) => Promise<ScoredPolicy> };
  return kind.score(ctx, policy);
}

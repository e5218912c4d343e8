/**
 * The engine side of a policy type's scorer (types/descriptor.ts `ScoringKit`): the chunk tasks
 * that score candidates, with the type's consent rule applied to every score it writes. A type
 * reads the history only through `fitAndScore` and `seedAudience`, which wait for it (the history
 * may run beside the policies: policies/run.ts); `draw` reads only the population and eligibility.
 */
import { reduceChunks } from '../engine/runner';
import { SEED_AUDIENCE, scoreKey, seedKey } from '../engine/store-keys';
import { policyScores } from './candidate-scores';
import { policySeedMask } from './seed-mask';
import type { PolicyDescriptor, ScoringKit } from './types/descriptor';
import type { PolicyContext, ScoredPolicy } from './context';
import { policyFeatures } from './features';
import { fitPolicyModel, scoreWithModel } from './fit-model';

export { seedKey } from '../engine/store-keys';

export function scoringKit(ctx: PolicyContext, policyId: string, type: Pick<PolicyDescriptor, 'usesPersonalData'>): ScoringKit<ScoredPolicy> {
  const requireConsent = type.usesPersonalData;
  return {
    async draw(options = {}) {
      const source = options.rule ? { kind: 'rule' as const, rule: options.rule } : { kind: 'uniform' as const };
      const { candidates } = await reduceChunks(ctx.runner, policyScores, { policyId, source, requireConsent }, ctx.signal);
      const notes = candidates === 0 && options.noneNote ? [options.noneNote] : [];
      return { scoreKey: scoreKey(policyId), candidates, notes };
    },
    async fitAndScore(model) {
      // Every model trains on the history's rows or its seed audience, or is compared against them.
      await ctx.history;
      const fitted = await fitPolicyModel(ctx, { policyId, features: model.features, l2: model.l2, target: model.target, training: model.training });
      return scoreWithModel(ctx, policyId, fitted, model.perPrice, requireConsent);
    },
    features: (policy) => policyFeatures(ctx.scenario, policy),
    async seedAudience(rule) {
      await ctx.history;
      if (!rule) return SEED_AUDIENCE;
      const key = seedKey(policyId);
      await ctx.runner.map(policySeedMask, { key, rule }, ctx.signal);
      return key;
    },
  };
}

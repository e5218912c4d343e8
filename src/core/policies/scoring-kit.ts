/**
 * The engine side of a policy type's scorer (types/descriptor.ts `ScoringKit`): the chunk tasks
 * that score candidates, with the type's consent rule applied to every score it writes.
 */
import { SEED_AUDIENCE, scoreKey } from '../engine/store-keys';
import type { PolicyDescriptor, ScoringKit } from './types/descriptor';
import type { PolicyContext, ScoredPolicy } from './context';
import { policyFeatures } from './features';
import { fitPolicyModel, scoreWithModel } from './fit-model';

/** Store key of a lookalike's own seed audience mask (when it names a seedRule). */
export const seedKey = (policyId: string) => `seed:${policyId}`;

export function scoringKit(ctx: PolicyContext, policyId: string, type: Pick<PolicyDescriptor, 'usesPersonalData'>): ScoringKit<ScoredPolicy> {
  const requireConsent = type.usesPersonalData;
  return {
    async draw(options = {}) {
      const source = options.rule ? { kind: 'rule' as const, rule: options.rule } : { kind: 'uniform' as const };
      const parts = await ctx.runner.map('policyScores', { policyId, source, requireConsent }, ctx.signal);
      const candidates = parts.reduce((a, p) => a + p.candidates, 0);
      const notes = candidates === 0 && options.noneNote ? [options.noneNote] : [];
      return { scoreKey: scoreKey(policyId), candidates, notes };
    },
    async fitAndScore(model) {
      const fitted = await fitPolicyModel(ctx, { policyId, features: model.features, l2: model.l2, target: model.target, training: model.training });
      return scoreWithModel(ctx, policyId, fitted, model.perPrice, requireConsent);
    },
    features: (policy) => policyFeatures(ctx.scenario, policy),
    async seedAudience(rule) {
      if (!rule) return SEED_AUDIENCE;
      const key = seedKey(policyId);
      await ctx.runner.map('policySeedMask', { key, rule }, ctx.signal);
      return key;
    },
  };
}

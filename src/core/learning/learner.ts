/**
 * The retraining learner that plugs into the rounds loop's hook (market/learner.ts). After every
 * round it marks whom the campaign observed and refits the policy's model on the history's
 * unobserved people plus the observed ones (retrain.ts); before the next round it scores everyone
 * with the new model and explores as the scenario says:
 * - `none`: greedy, the refitted β;
 * - `epsilon-greedy`: the refitted β, and a random share ε of the candidates targeted as the best
 *   prospects (explore.ts);
 * - `thompson`: β drawn from N(β̂, H⁻¹) once per round from stream (seed, 'learner', policy, round).
 */
import type { Learner, LearnerContext, LearnerFactory, RoundObservation, RoundTargeting } from '../market/learner';
import { reduceChunks } from '../engine/runner';
import { storeKey } from '../engine/chunk-store';
import { scoreModel } from '../models';
import { stream } from '../random/stream';
import { learnerDrop, learnerObserve, learnerTargeting, learnerTop } from './tasks';
import type { PolicyLearning } from './types';
import { retrain, seedMaskOf } from './retrain';
import type { Retrained } from './retrain';
import { samplePosterior } from './posterior';

/** Store keys of a learner's round columns (kept until the next round replaces them). */
export const learnerKeys = (policyId: string) => ({
  prob: storeKey<Float32Array>(`learn:${policyId}:prob`),
  score: storeKey<Float32Array>(`learn:${policyId}:score`),
  rate: storeKey<Float32Array>(`learn:${policyId}:rate`),
  /** Marks what lives only while one round's model is fitted (masks, training rows). */
  fitting: `learnfit:${policyId}:`,
});

export function retrainingLearner(config: PolicyLearning): LearnerFactory {
  return (ctx: LearnerContext): Learner => new RetrainingLearner(ctx, config);
}

class RetrainingLearner implements Learner {
  private latest: Retrained | undefined;
  private readonly keys;

  constructor(
    private readonly ctx: LearnerContext,
    private readonly config: PolicyLearning,
  ) {
    if (!ctx.scored.fit) throw new Error(`learning: policy "${ctx.policy.id}" has no model to retrain`);
    this.keys = learnerKeys(ctx.policy.id);
  }

  async observe(observation: RoundObservation): Promise<void> {
    const { runner, signal, scored } = this.ctx;
    const fit = scored.fit;
    if (!fit) return;
    const marker = this.keys.fitting;
    const observedKey = storeKey<Uint8Array>(`${marker}observed@${observation.round}`);
    const historyOnlyKey = storeKey<Uint8Array>(`${marker}history@${observation.round}`);
    // The loop names its columns as plain strings: the clicked and converted flags are Uint8Arrays.
    const outcomeKey = storeKey<Uint8Array>(scored.model?.target === 'click' ? observation.clickedKey : observation.convertedKey);
    const seedMask = seedMaskOf(fit);
    const grownSeedKey = storeKey<Uint8Array>(`${marker}seed@${observation.round}`);
    const seed = seedMask === undefined ? {} : { seed: { from: seedMask, to: grownSeedKey } };
    await runner.map(learnerObserve, { impressionsKey: observation.impressionsKey, outcomeKey, observedKey, historyOnlyKey, ...seed }, signal);
    this.latest = await retrain(runner, { fit, observedKey, historyOnlyKey, outcomeKey, ...(seedMask === undefined ? {} : { grownSeedKey }) }, signal);
    await runner.map(learnerDrop, { marker }, signal);
  }

  async targetingFor(round: number): Promise<RoundTargeting> {
    const { runner, signal, scored, seed, policy } = this.ctx;
    const latest = this.latest;
    if (!latest || !scored.fit) return scored.probKey !== undefined ? { scoreKey: scored.scoreKey, rateKey: scored.probKey } : { scoreKey: scored.scoreKey };
    const exploration = this.config.exploration;
    const beta = exploration.kind === 'thompson' ? samplePosterior(latest.beta, latest.hessian, stream(seed, 'learner', policy.id, round, 'thompson')) : latest.beta;
    const keys = this.keys;
    await runner.map(scoreModel, { spec: latest.spec, model: { intercept: beta[0] as number, coefficients: beta.slice(1) }, outKey: keys.prob }, signal);
    const perPrice = scored.fit.perPrice;
    // The loop ranks by the policy's rate only when its model predicts the campaign's objective
    // (it then passes `probKey`); otherwise the retrained model changes whom the campaign targets.
    const rated = (t: RoundTargeting): RoundTargeting => (scored.probKey === undefined ? { scoreKey: t.scoreKey, ...(t.exploration === undefined ? {} : { exploration: t.exploration }) } : t);
    const base = { policyId: policy.id, round, probKey: keys.prob, candidatesKey: scored.scoreKey, perPrice, scoreKey: keys.score, rateKey: keys.rate };
    if (exploration.kind !== 'epsilon-greedy') {
      await runner.map(learnerTargeting, base, signal);
      return rated({ scoreKey: keys.score, rateKey: keys.rate });
    }
    const top = await reduceChunks(runner, learnerTop, { probKey: keys.prob, candidatesKey: scored.scoreKey, perPrice }, signal);
    const explored = await reduceChunks(runner, learnerTargeting, { ...base, explore: { epsilon: exploration.epsilon, topScore: top.score, topRate: top.rate } }, signal);
    return rated({ scoreKey: keys.score, rateKey: keys.rate, exploration: explored });
  }
}

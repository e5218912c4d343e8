/**
 * A bare rounds loop for testing learners without the market: each day a seeded share of the
 * people is online, and the campaign shows its ad to the `perDay` online candidates with the
 * highest scores (no auction, no competitors). It drives a Learner through the rounds hook exactly
 * as the market loop does — round 0 on the policy's own scores, `observe` after every day — and
 * reports each group's ratio (share of the people reached so far ÷ share of the population).
 */
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runHistory } from '../../src/core/history';
import type { LearnerFactory, RoundTargeting } from '../../src/core/market/learner';
import type { PolicyContext } from '../../src/core/policies/context';
import { resolveBudget } from '../../src/core/policies/budget';
import { scorePolicy } from '../../src/core/policies/registry';
import { stream } from '../../src/core/random/stream';
import type { Scenario } from '../../src/core/scenario/types';

export interface HarnessDay {
  /** Group id → ratio of the people reached so far. */
  ratio: Record<string, number>;
  reach: number;
  exploration?: number;
}

export async function runDays(scenario: Scenario, policyId: string, learner: LearnerFactory, options: { days: number; perDay: number; online: number; attribute: string }): Promise<HarnessDay[]> {
  const runner = new LocalRunner(scenario);
  await runner.map('generate', {});
  await runner.map('eligibility', {});
  await runHistory(runner, scenario);
  const ctx: PolicyContext = { runner, scenario, budget: resolveBudget(scenario.campaign.budget, scenario.population.size), scored: new Map() };
  const policy = scenario.policies.find((p) => p.id === policyId);
  if (!policy || policy.type === 'fairness') throw new Error(`no scoring policy ${policyId}`);
  const scored = await scorePolicy(ctx, policy);
  const learn = learner({ runner, scenario, seed: scenario.seed, policy, scored });
  const keys = { impressionsKey: 'h:imp', roundImpressionsKey: 'h:roundImp', clickedKey: 'h:clicked', convertedKey: 'h:converted' };
  for (const s of runner.states) {
    const n = s.chunk!.size;
    s.store.set(keys.impressionsKey, new Uint16Array(n));
    s.store.set(keys.clickedKey, new Uint8Array(n));
    s.store.set(keys.convertedKey, new Uint8Array(n));
  }
  const attribute = scenario.population.attributes.find((a) => a.id === options.attribute);
  if (!attribute || attribute.type !== 'categorical') throw new Error(`no categorical ${options.attribute}`);
  const days: HarnessDay[] = [];
  for (let round = 0; round < options.days; round++) {
    const targeting: RoundTargeting = round === 0 ? { scoreKey: scored.scoreKey } : await learn.targetingFor(round);
    const online: { score: number; chunk: number; i: number }[] = [];
    for (const s of runner.states) {
      const draws = stream(scenario.seed, 'harness', round, s.index);
      const score = s.store.get(targeting.scoreKey) as Float32Array;
      for (let i = 0; i < s.chunk!.size; i++) {
        const u = draws.next();
        const v = score[i] as number;
        if (u < options.online && v === v) online.push({ score: v, chunk: s.index, i });
      }
    }
    online.sort((a, b) => b.score - a.score || a.chunk - b.chunk || a.i - b.i);
    for (const s of runner.states) s.store.set(keys.roundImpressionsKey, new Uint16Array(s.chunk!.size));
    for (const { chunk, i } of online.slice(0, options.perDay)) {
      const s = runner.states[chunk]!;
      (s.store.get(keys.impressionsKey) as Uint16Array)[i]! += 1;
      (s.store.get(keys.roundImpressionsKey) as Uint16Array)[i] = 1;
      (s.store.get(keys.convertedKey) as Uint8Array)[i] = s.chunk!.converts[i]!;
      (s.store.get(keys.clickedKey) as Uint8Array)[i] = s.chunk!.clicks[i]!;
    }
    await learn.observe({ round, ...keys });
    const people = new Array<number>(attribute.categories.length).fill(0);
    const reached = new Array<number>(attribute.categories.length).fill(0);
    for (const s of runner.states) {
      const codes = s.chunk!.codes[attribute.id]!;
      const imp = s.store.get(keys.impressionsKey) as Uint16Array;
      for (let i = 0; i < s.chunk!.size; i++) {
        people[codes[i]!]!++;
        if (imp[i]! > 0) reached[codes[i]!]!++;
      }
    }
    const total = reached.reduce((a, b) => a + b, 0);
    const ratio = Object.fromEntries(attribute.categories.map((c, k) => [c.id, total ? reached[k]! / total / (people[k]! / scenario.population.size) : 0]));
    days.push({ ratio, reach: total, ...(targeting.exploration === undefined ? {} : { exploration: targeting.exploration }) });
  }
  return days;
}

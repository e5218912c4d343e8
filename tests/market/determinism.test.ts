/**
 * A market run gives byte-identical results.json in-process and on 1 or 2 worker threads (every
 * draw is keyed by seed, round and chunk; chunk results merge by addition in chunk order), reports
 * a progress event per round, and can be cancelled between rounds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { resultsToJson } from '../../src/core/results/json';
import type { Engine } from '../../workers/engine-client';
import { createNodeEngine } from '../../workers/node-engine';
import { marketScenario } from './fixtures';

// 70,000 people: three chunks, so two workers split them unevenly.
const scenario = marketScenario({
  size: 70_000,
  behaviour: { price: { base: 1, noise: 0.3 }, click: { base: 0.05, effects: { age: { young: 0.4 } } } },
  policies: [
    { id: 'neutral', type: 'random' },
    { id: 'platform', type: 'delivery' },
    { id: 'vrs', type: 'fairness', base: 'platform', constraint: 'variance-reduction', attribute: 'gender' },
    { id: 'parity', type: 'fairness', base: 'platform', constraint: 'demographic-parity', attribute: 'gender' },
  ],
  market: {
    rounds: 4,
    sessions: { kind: 'poisson', mean: 1.5, multipliers: { age: { young: 2 } } },
    competitors: [
      { id: 'retailer', bid: 0.08, multipliers: { gender: { f: 2 } }, interactions: [{ groups: { gender: 'f', age: 'young' }, multiplier: 1.5 }], dailyBudget: 2_000 },
      { id: 'bank', bid: 0.05, multipliers: { age: { old: 2 } }, noise: 0.5 },
    ],
    creatives: [
      { id: 'cashier', click: { gender: { f: 0.5 } } },
      { id: 'lumber', click: { gender: { m: 0.5 } }, conversion: { gender: { m: 0.3 } } },
    ],
    campaign: { dailyBudget: 1_500, objective: 'clicks', frequencyCap: 3, deliveryRandomness: 0.3 },
    campaigns: { platform: { bidStrategy: { kind: 'costCap', cap: 3 } }, neutral: { totalBudget: 4_000 } },
  },
});

describe('a market run', () => {
  const engines: Engine[] = [];
  afterAll(() => engines.forEach((e) => e.dispose()));
  let reference = '';

  it('in-process: a progress event per round, rounds for every policy, selections = reached at least once', async () => {
    const rounds: number[] = [];
    const { results } = await runScenario(scenario, new LocalRunner(scenario), {
      onProgress: (p) => {
        if (p.stage === 'market') rounds.push(p.round ?? -1);
      },
    });
    expect(rounds).toEqual([1, 2, 3, 4]);
    expect(results.rounds?.count).toBe(4);
    expect(results.rounds?.policies.map((p) => p.policyId)).toEqual(['neutral', 'platform', 'vrs', 'parity']);
    for (const [i, p] of results.policies.entries()) {
      const last = results.rounds!.policies[i]!.rounds.at(-1)!;
      expect(p.totals.reached).toBe(last.reach);
      const spend = results.rounds!.policies[i]!.rounds.reduce((s, r) => s + r.spend, 0);
      expect(p.totals.cost).toBeCloseTo(spend, 6);
    }
    // The neutral campaign's total budget is paced over the rounds: never more than it, in expectation.
    const neutral = results.rounds!.policies[0]!.rounds.reduce((s, r) => s + r.spend, 0);
    expect(neutral).toBeLessThan(4_000 * 1.05);
    reference = resultsToJson(results);
  }, 120_000);

  it.each([1, 2])('on %i worker(s) gives byte-identical results.json', async (workers) => {
    const engine = createNodeEngine({ workers });
    engines.push(engine);
    const { results } = await engine.run(scenario);
    expect(resultsToJson(results)).toBe(reference);
  }, 120_000);

  it('is cancelled between rounds', async () => {
    const controller = new AbortController();
    const run = runScenario(scenario, new LocalRunner(scenario), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'market' && p.round === 1) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  }, 120_000);
});

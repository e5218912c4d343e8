/**
 * A market section at the edges of every bound still runs to finite results: bids that overflow a
 * 32-bit float (a price to beat of Infinity is simply never bought), prices that underflow to 0,
 * the largest delivery randomness, a cost cap and a total budget.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { resultsToJson } from '../../src/core/results/json';
import { marketScenario } from './fixtures';

describe('a market at the bounds', () => {
  it('runs to finite results', async () => {
    const huge = { gender: { f: 1000 }, age: { young: 1000 } };
    const s = marketScenario({
      size: 5_000,
      behaviour: { price: { base: 1e9, multipliers: { gender: { m: 1e-3 } }, noise: 3 } },
      policies: [{ id: 'neutral', type: 'random' }, { id: 'platform', type: 'delivery' }, { id: 'vrs', type: 'fairness', base: 'platform', constraint: 'variance-reduction', attribute: 'gender' }],
      market: {
        rounds: 3,
        reserve: 1000,
        sessions: { kind: 'poisson', mean: 32, multipliers: { gender: { f: 1000 } } },
        competitors: [
          { id: 'a', bid: 1e9, multipliers: huge, interactions: [{ groups: { gender: 'f', age: 'young' }, multiplier: 1000 }], noise: 3, dailyBudget: 1e-6 },
          { id: 'b', bid: 1e-6, multipliers: { gender: { m: 1e-3 } }, noise: 3 },
        ],
        creatives: [{ id: 'x', click: { gender: { f: 50 } }, conversion: { gender: { m: -50 } } }, { id: 'y', click: { gender: { m: -50 } } }],
        campaign: { dailyBudget: 1e300, totalBudget: 1e300, objective: 'conversions', frequencyCap: 32, deliveryRandomness: 3, bidStrategy: { kind: 'costCap', cap: 1e300 } },
      },
    });
    const { results } = await runScenario(s, new LocalRunner(s));
    const json = resultsToJson(results);
    expect(json).not.toMatch(/NaN|Infinity/);
    for (const p of results.rounds!.policies) for (const r of p.rounds) expect(Number.isFinite(r.spend)).toBe(true);
  }, 60_000);
});

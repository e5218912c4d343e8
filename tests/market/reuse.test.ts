/**
 * A market run rewrites the policies' selections, so a runner that keeps its people must not reuse
 * anything of it: the same scenario without its market, run next on that runner, gives exactly
 * what a fresh runner gives; and a market run after a single-round run is unaffected by it.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { resultsToJson } from '../../src/core/results/json';
import type { Scenario } from '../../src/core/scenario';
import { marketScenario } from './fixtures';

const policies = [
  { id: 'neutral', type: 'random' },
  { id: 'platform', type: 'delivery' },
  { id: 'parity', type: 'fairness', base: 'platform', constraint: 'demographic-parity', attribute: 'gender' },
];
const withMarket = marketScenario({ size: 40_000, policies, market: { rounds: 2, sessions: { kind: 'poisson', mean: 1 }, campaign: { dailyBudget: 2_000, objective: 'clicks' } } });
const single: Scenario = { ...withMarket };
delete single.market;

const fresh = async (s: Scenario) => resultsToJson((await runScenario(s, new LocalRunner(s))).results);

describe('a runner that keeps its people across market and single-round runs', () => {
  it('reuses nothing the market rewrote', async () => {
    const runner = new LocalRunner(withMarket);
    const first = resultsToJson((await runScenario(withMarket, runner)).results);
    const after = resultsToJson((await runScenario(single, runner)).results);
    expect(after).toBe(await fresh(single));
    expect(resultsToJson((await runScenario(withMarket, runner)).results)).toBe(first);
    expect(first).toBe(await fresh(withMarket));
  }, 60_000);
});

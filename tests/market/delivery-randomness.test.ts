/**
 * Delivery randomness beside the hard cut. Women's impressions cost 3 (a competitor's fixed bid),
 * men's 1 (the reserve); the daily budget buys about 6,000 impressions at 1, fewer than the 10,000
 * men. With no randomness the cut is by price alone and no woman is reached; with randomness the
 * platform's ranking is blurred (log-normal, sigma d) and some women are, at a higher cost per
 * person reached.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import type { Results } from '../../src/core/results/types';
import { marketScenario } from './fixtures';

async function run(deliveryRandomness: number): Promise<Results> {
  const s = marketScenario({
    market: {
      rounds: 1,
      sessions: { kind: 'fixed', count: 1 },
      competitors: [{ id: 'retailer', bid: 3, multipliers: { gender: { m: 0.1 } }, noise: 0 }],
      campaign: { dailyBudget: 6_000, objective: 'impressions', deliveryRandomness },
    },
  });
  return (await runScenario(s, new LocalRunner(s))).results;
}
const women = (r: Results) => r.policies[0]!.slices.find((s) => s.attribute === 'gender')!.groups.find((g) => g.group === 'f')!;

describe('delivery randomness', () => {
  it('0 is a hard cut by price; more blurs it toward the pricier group', async () => {
    const hard = await run(0);
    const soft = await run(1);
    expect(women(hard).reached).toBe(0);
    expect(hard.policies[0]!.totals.reached).toBeGreaterThan(5_500);
    expect(women(soft).reached).toBeGreaterThan(300);
    expect(soft.policies[0]!.totals.costPerReach!).toBeGreaterThan(hard.policies[0]!.totals.costPerReach!);
    // Either way the round spends its budget (within the boundary bin's sampling, ~2%).
    for (const r of [hard, soft]) expect(Math.abs(r.rounds!.policies[0]!.rounds[0]!.spend / 6_000 - 1)).toBeLessThan(0.05);
  });
});

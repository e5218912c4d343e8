/**
 * Several ads in one campaign: the platform shows each person the ad with the highest predicted
 * click rate. The cashier ad lifts women's clicks (log-odds +1), the lumber ad men's; everything
 * else is equal, so every woman is shown the cashier ad and every man the lumber ad — "same
 * audience, different creative" from one scenario. The clicks follow the ad shown: with a base
 * click rate of 0.05, a person shown their group's ad clicks with σ(logit 0.05 + 1) ≈ 0.125.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { marketScenario } from './fixtures';

describe('creatives', () => {
  it('the platform chooses which ad each person sees, by group', async () => {
    const s = marketScenario({
      size: 20_000,
      market: {
        rounds: 2,
        sessions: { kind: 'fixed', count: 2 },
        creatives: [
          { id: 'cashier', click: { gender: { f: 1 } } },
          { id: 'lumber', click: { gender: { m: 1 } } },
        ],
        campaign: { dailyBudget: 1e9, objective: 'impressions' },
      },
    });
    const { results } = await runScenario(s, new LocalRunner(s));
    const round = results.rounds!.policies[0]!.rounds[0]!;
    const ad = (id: string) => round.creatives!.find((c) => c.id === id)!;
    const shown = (id: string, g: string) => ad(id).groups.find((x) => x.attribute === 'gender' && x.group === g)!.impressions;
    const women = results.policies[0]!.slices.find((x) => x.attribute === 'gender')!.groups.find((g) => g.group === 'f')!.n;
    expect(shown('cashier', 'f')).toBe(2 * women);
    expect(shown('cashier', 'm')).toBe(0);
    expect(shown('lumber', 'm')).toBe(2 * (20_000 - women));
    expect(ad('cashier').impressions + ad('lumber').impressions).toBe(round.impressions);
    // 40,000 impressions with click probability 0.1246: mean 4,985, SD ≈ 66; bounds at 5 SD.
    const p = 1 / (1 + Math.exp(-(Math.log(0.05 / 0.95) + 1)));
    expect(Math.abs(round.clicks - 40_000 * p)).toBeLessThan(5 * Math.sqrt(40_000 * p * (1 - p)));
  });
});

/**
 * A small market worked out by hand. Women have 4 sessions a round, men 1; the budget never binds;
 * there are no competitors and every price is 1, so every opportunity is bought. With a frequency
 * cap of 2 a woman sees 2 impressions a round and a man 1, so for n_f women and n_m men:
 *   impression share of women = 2·n_f / (2·n_f + n_m), reach share = n_f / (n_f + n_m),
 * and without the cap 4·n_f / (4·n_f + n_m). A competitor bidding 3 for women only makes each
 * impression to a woman cost 3 (the second price) and to a man 1 (the reserve). The same market
 * checks a competitor's daily budget, a max bid, a cost cap and the reach objective.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import type { Results } from '../../src/core/results/types';
import { marketScenario } from './fixtures';

const sessions = { kind: 'fixed', count: 1, multipliers: { gender: { f: 4 } } };

async function run(market: Record<string, unknown>): Promise<Results> {
  const s = marketScenario({ size: 3_000, market: { rounds: 2, sessions, ...market } });
  return (await runScenario(s, new LocalRunner(s))).results;
}

function genderCounts(results: Results): { f: number; m: number } {
  const slice = results.policies[0]!.slices.find((x) => x.attribute === 'gender')!;
  const n = (g: string) => slice.groups.find((x) => x.group === g)!.n;
  return { f: n('f'), m: n('m') };
}

const group = (results: Results, round: number, g: string) =>
  results.rounds!.policies[0]!.rounds[round]!.groups.find((x) => x.attribute === 'gender' && x.group === g)!;

describe('a small market worked out by hand', () => {
  it('makes impression share and reach share differ exactly as computed by hand', async () => {
    const results = await run({ campaign: { dailyBudget: 1e9, objective: 'impressions', frequencyCap: 2 } });
    const { f, m } = genderCounts(results);
    expect(f + m).toBe(3_000);
    for (const round of [0, 1]) {
      const women = group(results, round, 'f');
      expect(women.impressions).toBe(2 * f);
      expect(women.impressionShare).toBeCloseTo((2 * f) / (2 * f + m), 12);
      expect(women.reachShare).toBeCloseTo(f / (f + m), 12);
      expect(group(results, round, 'm').impressions).toBe(m);
    }
    const total = results.rounds!.policies[0]!.rounds[1]!;
    expect(total.impressions).toBe(2 * f + m);
    expect(total.reach).toBe(3_000);
    expect(total.newReach).toBe(0);
  });

  it('without the cap a woman sees all four sessions', async () => {
    const results = await run({ campaign: { dailyBudget: 1e9, objective: 'impressions' } });
    const { f, m } = genderCounts(results);
    expect(group(results, 0, 'f').impressionShare).toBeCloseTo((4 * f) / (4 * f + m), 12);
  });

  it('charges the second price: 3 per impression to a contested woman, the reserve 1 to a man', async () => {
    const competitors = [{ id: 'retailer', bid: 1, multipliers: { gender: { f: 3, m: 0.5 } }, noise: 0 }];
    const results = await run({ competitors, campaign: { dailyBudget: 1e9, objective: 'impressions', frequencyCap: 2 } });
    const { f, m } = genderCounts(results);
    const last = results.rounds!.policies[0]!.rounds[1]!;
    expect(last.spend).toBeCloseTo(2 * f * 3 + m * 1, 6);
    // Two rounds of 2 impressions at 3 for each woman; of 1 at 1 for each man.
    expect(group(results, 1, 'f').costPerReach).toBeCloseTo(12, 6);
    expect(group(results, 1, 'm').costPerReach).toBeCloseTo(2, 6);
    expect(results.policies[0]!.totals.cost).toBeCloseTo(2 * (2 * f * 3 + m), 6);
  });

  it('a competitor with a daily budget bids in the share of auctions it can afford', async () => {
    // Alone it would win every woman's 4 sessions at the second price 1 (the reserve): 4·n_f a
    // round. A budget of 2·n_f makes it bid in half of them (each independently), so a woman's
    // impression costs 3 or 1 with even odds: our spend on women has mean 8·n_f (2 per
    // impression, 4 a round) and SD 2·sqrt(n_f) a round.
    const s = marketScenario({ size: 3_000, market: { rounds: 1, sessions } });
    const n = (await runScenario(s, new LocalRunner(s))).results.policies[0]!.slices.find((x) => x.attribute === 'gender')!.groups.find((g) => g.group === 'f')!.n;
    const competitors = [{ id: 'retailer', bid: 3, multipliers: { gender: { m: 0.1 } }, noise: 0, dailyBudget: 2 * n }];
    const results = await run({ rounds: 1, competitors, campaign: { dailyBudget: 1e9, objective: 'impressions' } });
    const spentOnWomen = group(results, 0, 'f').costPerReach! * n;
    expect(Math.abs(spentOnWomen - 8 * n)).toBeLessThan(5 * 2 * Math.sqrt(n));
    // A man's one session a round costs the reserve: the competitor bids 0.3 for men.
    expect(group(results, 0, 'm').costPerReach).toBeCloseTo(1, 9);
  });

  it('a max bid never pays above it; a cost cap holds the average cost per action to the cap', async () => {
    const competitors = [{ id: 'retailer', bid: 3, multipliers: { gender: { m: 0.1 } }, noise: 0 }];
    const capped = await run({ rounds: 1, competitors, campaign: { dailyBudget: 1e9, objective: 'impressions', bidStrategy: { kind: 'maxBid', bid: 2 } } });
    expect(group(capped, 0, 'f').impressions).toBe(0);
    expect(group(capped, 0, 'm').reachShare).toBe(1);
    // Cost cap 2: every man's impression at 1, and as many of women's at 3 as keep the mean at 2,
    // i.e. as many as the men's (n_m · 1 + x · 3 = 2 (n_m + x) → x = n_m), in expectation.
    const cost = await run({ rounds: 1, competitors, campaign: { dailyBudget: 1e9, objective: 'impressions', bidStrategy: { kind: 'costCap', cap: 2 } } });
    const round = cost.rounds!.policies[0]!.rounds[0]!;
    const men = group(cost, 0, 'm').impressions;
    expect(Math.abs(round.spend / round.impressions - 2)).toBeLessThan(0.05);
    expect(Math.abs(group(cost, 0, 'f').impressions / men - 1)).toBeLessThan(0.1);
  });

  it('reach objective: one impression per person, and never again to someone already reached', async () => {
    const results = await run({ campaign: { dailyBudget: 1e9, objective: 'reach' } });
    const rounds = results.rounds!.policies[0]!.rounds;
    expect(rounds[0]!.impressions).toBe(3_000);
    expect(rounds[0]!.newReach).toBe(3_000);
    expect(rounds[1]!.impressions).toBe(0);
  });
});

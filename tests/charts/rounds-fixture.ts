/** The chart fixture (fixture.ts) with three days of the delivery campaign by gender. */
import type { Results } from '../../src/core/results/types';
import type { RoundRow } from '../../src/core/results/rounds-types';
import { fixture } from './fixture';

const population = { f: 500, m: 480, x: 20 };

/** A day of the delivery campaign from reach so far and the day's impressions per gender group. */
function day(round: number, reach: Record<'f' | 'm' | 'x', number>, impressions: Record<'f' | 'm' | 'x', number>, exploration?: number): RoundRow {
  const reached = reach.f + reach.m + reach.x;
  const shown = impressions.f + impressions.m + impressions.x;
  return {
    round, spend: shown, impressions: shown, reach: reached, newReach: 0, clicks: 0, conversions: 0,
    ...(exploration === undefined ? {} : { exploration }),
    groups: (['f', 'm', 'x'] as const).map((g) => ({
      attribute: 'gender', group: g, impressions: impressions[g], reach: reach[g],
      impressionShare: impressions[g] / shown, reachShare: reach[g] / reached, populationShare: population[g] / 1000,
      ratio: reach[g] / reached / (population[g] / 1000), costPerReach: reach[g] ? 2 : null,
    })),
  };
}

/**
 * Women's ratio falls 0.60× → 0.50× → 0.40× (reach shares 30%, 25%, 20% of a 50% group); men's
 * rises 1.42× → 1.51× → 1.63×; non-binary people stay near 1. On day 3 women saw 10% of the
 * impressions but are 20% of the people reached.
 */
export function withRounds(exploration?: number[]): Results {
  const results = fixture();
  results.rounds = {
    count: 3,
    policies: [{
      policyId: 'delivery',
      rounds: [
        day(0, { f: 30, m: 68, x: 2 }, { f: 30, m: 68, x: 2 }, exploration?.[0]),
        day(1, { f: 50, m: 145, x: 5 }, { f: 20, m: 77, x: 3 }, exploration?.[1]),
        day(2, { f: 60, m: 234, x: 6 }, { f: 10, m: 89, x: 1 }, exploration?.[2]),
      ],
    }],
  };
  return results;
}


/**
 * The platform's click model (a `delivery` policy) retrains on the clicks its campaign observed.
 * The past campaign reached no young people, so the first click model has never seen one and rates
 * them like everyone else, though they click far more (log-odds +1.5: 22% against 5%). Retrained
 * nightly, the model learns it from the young people it did reach, and the campaign, bidding on
 * predicted clicks, turns towards them; the model that is never retrained does not.
 * Run on seeds market-test, 1 and 2, the young's ratio on day 5 was 2.08–2.09 retrained and
 * 1.00–1.01 frozen (day 1: 0.99–1.06 for both).
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { marketScenario } from '../market/fixtures';

describe("the platform's click model over rounds", () => {
  it('learns from the clicks it observed that a group missing from its history clicks more', async () => {
    const s = marketScenario({
      behaviour: { click: { base: 0.05, effects: { age: { young: 1.5 } } }, conversion: { base: 0.05 }, price: { base: 1, noise: 0.2 } },
      policies: [
        { id: 'frozen', type: 'delivery', features: ['age'], useProtected: true },
        { id: 'retrained', type: 'delivery', features: ['age'], useProtected: true },
      ],
      market: {
        rounds: 5,
        sessions: { kind: 'poisson', mean: 1 },
        campaign: { dailyBudget: 1_500, objective: 'clicks', frequencyCap: 1, deliveryRandomness: 0.5 },
        learning: [{ policy: 'retrained' }],
      },
    });
    const scenario = { ...s, history: { ...s.history, rule: { include: [{ attribute: 'age', in: ['old'] }], exclude: [] } } };
    const { results } = await runScenario(scenario, new LocalRunner(scenario));
    const young = (id: string) => results.rounds!.policies.find((p) => p.policyId === id)!.rounds.map((r) => r.groups.find((g) => g.attribute === 'age' && g.group === 'young')!.ratio);
    const frozen = young('frozen');
    const retrained = young('retrained');
    // Day 1 is the same first model for both (only the delivery noise differs).
    expect(Math.abs(retrained[0]! - frozen[0]!)).toBeLessThan(0.1);
    expect(frozen[4]).toBeLessThan(1.15);
    expect(retrained[4]).toBeGreaterThan(1.6);
  });
});

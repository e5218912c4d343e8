/** Small market scenarios for the market tests: women and men, prices equal unless a test says. */
import { mustParseScenario } from '../../src/core/scenario';
import type { Scenario } from '../../src/core/scenario';

export interface MarketChanges {
  size?: number;
  market?: Record<string, unknown>;
  policies?: unknown[];
  behaviour?: Record<string, unknown>;
  seed?: string | number;
}

export function marketScenario(changes: MarketChanges = {}): Scenario {
  const size = changes.size ?? 20_000;
  return mustParseScenario({
    format: 'fairground.scenario',
    version: 1,
    name: 'A small ad market',
    seed: changes.seed ?? 'market-test',
    population: {
      size,
      attributes: [
        { id: 'gender', type: 'categorical', protected: true, categories: [{ id: 'f' }, { id: 'm' }], weights: [0.5, 0.5] },
        { id: 'age', type: 'categorical', protected: true, categories: [{ id: 'young' }, { id: 'old' }], weights: [0.4, 0.6] },
      ],
    },
    behaviour: { conversion: { base: 0.05 }, click: { base: 0.05 }, ...changes.behaviour },
    history: { size: Math.min(2_000, size) },
    campaign: { budget: { kind: 'reach', share: 1 } },
    policies: changes.policies ?? [{ id: 'neutral', type: 'random' }],
    audit: { attributes: ['gender', 'age'] },
    market: {
      rounds: 3,
      sessions: { kind: 'fixed', count: 2 },
      campaign: { dailyBudget: 1e9, objective: 'impressions' },
      ...changes.market,
    },
  });
}

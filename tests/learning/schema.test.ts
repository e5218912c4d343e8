/** `market.learning`: what a file may say, each problem as path: message, and the work it adds. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario';
import { estimateWork } from '../../src/core/scenario/work-estimate';
import { marketScenario } from '../market/fixtures';

const policies = [
  { id: 'neutral', type: 'random' },
  { id: 'model', type: 'propensity' },
  { id: 'platform', type: 'delivery' },
  { id: 'look', type: 'lookalike' },
];
function doc(learning: unknown): Record<string, unknown> {
  const s = JSON.parse(JSON.stringify(marketScenario({ policies }))) as Record<string, unknown> & { market: Record<string, unknown> };
  return { ...s, market: { ...s.market, learning } };
}
const problems = (value: unknown) => {
  const r = parseScenario(value);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('market.learning', () => {
  it('parses, exploration defaulting to none (greedy)', () => {
    const r = parseScenario(doc([{ policy: 'model' }, { policy: 'platform', exploration: { kind: 'thompson' } }, { policy: 'look', exploration: { kind: 'epsilon-greedy', epsilon: 0.05 } }]));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    expect(r.scenario.market?.learning?.map((l) => l.exploration.kind)).toEqual(['none', 'thompson', 'epsilon-greedy']);
  });

  it('names an unknown policy, a policy without a model and a policy listed twice', () => {
    expect(problems(doc([{ policy: 'nobody' }, { policy: 'neutral' }, { policy: 'model' }, { policy: 'model' }]))).toEqual([
      'market.learning[0].policy: unknown policy "nobody"',
      'market.learning[1].policy: policy "neutral" is a random policy: only propensity, lookalike or delivery policies retrain on what they observed',
      'market.learning[3].policy: policy "model" is listed twice',
    ]);
  });

  it('refuses an ε outside 0–1 and an unknown strategy', () => {
    expect(problems(doc([{ policy: 'model', exploration: { kind: 'epsilon-greedy', epsilon: 1.5 } }]))[0]).toMatch(/^market\.learning\[0\]\.exploration\.epsilon: must be at most 1/);
    expect(problems(doc([{ policy: 'model', exploration: { kind: 'ucb' } }]))[0]).toMatch(/^market\.learning\[0\]\.exploration/);
  });

  it('adds 4 passes over everyone and 9 over the training rows per learner and round to the work estimate', () => {
    const parse = (learning: unknown) => {
      const r = parseScenario(doc(learning));
      if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
      return estimateWork(r.scenario);
    };
    const none = parse([]);
    const two = parse([{ policy: 'model' }, { policy: 'platform' }]);
    // 20,000 people × 3 rounds × 2 learners × (4 + 9 × the history's 2,000 ÷ 20,000 people).
    expect(two.personPasses - none.personPasses).toBeCloseTo(20_000 * 3 * 2 * (4 + 0.9), 6);
    expect(two.memoryBytes - none.memoryBytes).toBe(20_000 * 2 * 15);
  });
});

describe('market.learning work cap', () => {
  it('refuses learners whose retraining would pass over the people more than 1e11 times', () => {
    // 10 million people × 60 rounds × 16 learners × (4 + 9 × 2,000 / 10,000,000) ≈ 3.8e10 passes: accepted;
    // with every person in the history (13 passes a round) and 16 learners ≈ 1.2e11: refused.
    const policies = Array.from({ length: 16 }, (_, i) => ({ id: `m${i}`, type: 'propensity' }));
    const big = (history: number) => {
      const s = JSON.parse(JSON.stringify(marketScenario({ policies }))) as Record<string, unknown> & { market: Record<string, unknown>; population: Record<string, unknown> };
      return {
        ...s,
        population: { ...s.population, size: 10_000_000 },
        history: { size: history },
        market: { ...s.market, rounds: 60, sessions: { kind: 'fixed', count: 0 }, learning: policies.map((p) => ({ policy: p.id })) },
      };
    };
    expect(problems(big(2_000)).filter((p) => p.startsWith('market.learning'))).toEqual([]);
    expect(problems(big(10_000_000)).filter((p) => p.startsWith('market.learning'))).toEqual([
      'market.learning: 1.2e+11 passes over the people to retrain (people × rounds × learners × about 13); at most 1e+11: fewer learners, rounds or people',
    ]);
  });
});

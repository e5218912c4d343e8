import { describe, expect, it } from 'vitest';
import type { PolicyContext } from '../../src/core/policies/context';
import { resolveBudget } from '../../src/core/policies/budget';
import { scorePolicy } from '../../src/core/policies/registry';
import { selectForPolicy } from '../../src/core/policies/select';
import { gender, generated, groupCounts, scenario } from './fixtures';
import { eligibility } from '../../src/core/policies/eligibility';

describe('random policy', () => {
  it('scorePolicy(random) + selection reaches exactly the budget and each group in proportion to its size (RR within 4 SE of 1)', async () => {
    const s = scenario(100_000, [gender], { behaviour: { conversion: { base: 0.05 }, consent: { base: 0.5 } } });
    const runner = await generated(s);
    const eligible = (await runner.map(eligibility, {})).reduce((sum, p) => sum + p.eligible, 0);
    const ctx: PolicyContext = { runner, scenario: s, budget: resolveBudget(s.campaign.budget, eligible), scored: new Map() };
    const scored = await scorePolicy(ctx, { id: 'random', type: 'random' });
    // Random is not personalised: everyone eligible is a candidate, consent or not.
    expect(scored.candidates).toBe(100_000);
    const result = await selectForPolicy(ctx, 'random', scored.scoreKey);
    expect(result.selected).toBe(10_000);
    const c = groupCounts(runner.states, 'random', 'gender', 3);
    const N = 100_000;
    const B = 10_000;
    c.people.forEach((n, g) => {
      const p = n / N;
      // Hypergeometric: B drawn without replacement from N.
      const se = Math.sqrt((B * p * (1 - p) * (N - B)) / (N - 1)) / (B * p);
      const rr = (c.selected[g] as number) / B / p;
      expect(Math.abs(rr - 1)).toBeLessThan(4 * se);
    });
  });
});

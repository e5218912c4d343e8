/** How bias arises: proxies in a lookalike, prices in auction delivery, gaps in the training history. */
import { describe, expect, it } from 'vitest';
import { runPolicies } from '../../src/core/policies/run';
import type { Scenario } from '../../src/core/scenario';
import { generated, groupCounts, scenario } from './fixtures';

const ethnicity = {
  id: 'ethnicity',
  type: 'categorical' as const,
  protected: true,
  categories: [{ id: 'a' }, { id: 'b' }],
  weights: [70, 30],
};
const interest = {
  id: 'interest',
  type: 'categorical' as const,
  categories: [{ id: 'low' }, { id: 'mid' }, { id: 'high' }],
  weights: [1, 1, 1],
};

/** Representation ratio of each group and its standard error under random selection of the same size. */
async function representation(s: Scenario, policyId: string, attribute: string, groups: number) {
  const runner = await generated(s);
  const outcomes = await runPolicies(runner, s);
  const c = groupCounts(runner.states, policyId, attribute, groups);
  const N = c.people.reduce((a, x) => a + x, 0);
  const R = c.selected.reduce((a, x) => a + x, 0);
  const rr = c.selected.map((r, g) => r / R / ((c.people[g] as number) / N));
  const se = c.people.map((n) => {
    const p = n / N;
    return Math.sqrt((p * (1 - p)) / R) / p;
  });
  return { rr, se, outcomes, runner, counts: c };
}

describe('bias mechanisms', () => {
  // Neighbourhood is a strong proxy for ethnicity: 90% of group a live north, 90% of group b south.
  const neighbourhood = {
    id: 'neighbourhood',
    type: 'categorical' as const,
    categories: [{ id: 'north' }, { id: 'south' }],
    given: ['ethnicity'],
    table: { a: [90, 10], b: [10, 90] },
  };
  const lookalikeScenario = (features?: string[]) =>
    scenario(100_000, [ethnicity, neighbourhood, interest], {
      campaign: { budget: { kind: 'reach', people: 10_000 } },
      policies: [
        {
          id: 'lookalike',
          type: 'lookalike',
          // The seed audience ("our customers") is all group a.
          seedRule: { include: [{ attribute: 'ethnicity', in: ['a'] }], exclude: [] },
          sampleSize: 20_000,
          ...(features ? { features } : {}),
        },
      ],
    });

  it('lookalike without protected attributes reproduces a skewed seed through a strong proxy (RR of group b < 0.5)', async () => {
    const { rr, outcomes } = await representation(lookalikeScenario(), 'lookalike', 'ethnicity', 2);
    expect(rr[1]).toBeLessThan(0.5);
    const names = outcomes[0]?.model?.features.map((f) => f.name) ?? [];
    expect(names.some((n) => n.includes('ethnicity'))).toBe(false);
    expect(outcomes[0]?.model?.target).toBe('seed');
  });

  it('lookalike with the proxy removed from its features loses the skew (RR of group b within 4 SE of 1)', async () => {
    const { rr, se } = await representation(lookalikeScenario(['interest']), 'lookalike', 'ethnicity', 2);
    expect(Math.abs((rr[1] as number) - 1)).toBeLessThan(4 * (se[1] as number));
  });

  it('delivery with neutral targeting under-reaches the group whose price is higher (RR of women < 0.8)', async () => {
    const gender = { id: 'gender', type: 'categorical' as const, protected: true, categories: [{ id: 'f' }, { id: 'm' }], weights: [1, 1] };
    const s = scenario(100_000, [gender, interest], {
      behaviour: {
        conversion: { base: 0.05 },
        // Everyone is equally likely to click; advertisers bid 40% more for women.
        click: { base: 0.05 },
        price: { base: 2, multipliers: { gender: { f: 1.4 } }, noise: 0.3 },
      },
      campaign: { budget: { kind: 'reach', people: 10_000 } },
      policies: [{ id: 'delivery', type: 'delivery' }],
    });
    const { rr, outcomes } = await representation(s, 'delivery', 'gender', 2);
    expect(rr[0]).toBeLessThan(0.8);
    expect(outcomes[0]?.model?.target).toBe('click');
  });

  it('propensity trained on a history that excluded group b under-selects b although its true conversion rate is equal', async () => {
    // Conversion is higher in the centre and the south than in the north. Group a lives north or
    // centre, group b north or south: both groups convert at the same rate. The history never
    // reached group b, so the model never saw anyone from the south and rates it like the north.
    const area = {
      id: 'area',
      type: 'categorical' as const,
      categories: [{ id: 'north' }, { id: 'centre' }, { id: 'south' }],
      given: ['ethnicity'],
      table: { a: [1, 1, 0], b: [1, 0, 1] },
    };
    const s = scenario(100_000, [ethnicity, area, interest], {
      behaviour: { conversion: { base: 0.04, effects: { area: { centre: 1, south: 1 } } } },
      history: { size: 20_000, rule: { include: [], exclude: [{ attribute: 'ethnicity', in: ['b'] }] } },
      campaign: { budget: { kind: 'reach', people: 10_000 } },
      policies: [{ id: 'propensity', type: 'propensity' }],
    });
    const { rr, runner } = await representation(s, 'propensity', 'ethnicity', 2);
    expect(rr[1]).toBeLessThan(0.5);
    // True conversion rates of a and b agree within 4 SE.
    const sum = [0, 0];
    const n = [0, 0];
    for (const st of runner.states) {
      const codes = st.chunk?.codes.ethnicity as Uint8Array;
      const y = st.chunk?.converts as Uint8Array;
      for (let i = 0; i < codes.length; i++) {
        const g = codes[i] as number;
        sum[g] = (sum[g] as number) + (y[i] as number);
        n[g] = (n[g] as number) + 1;
      }
    }
    const pa = (sum[0] as number) / (n[0] as number);
    const pb = (sum[1] as number) / (n[1] as number);
    const se = Math.sqrt((pa * (1 - pa)) / (n[0] as number) + (pb * (1 - pb)) / (n[1] as number));
    expect(Math.abs(pa - pb)).toBeLessThan(4 * se);
  });
});

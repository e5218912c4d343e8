import { describe, expect, it } from 'vitest';
import { runPolicies } from '../../src/core/policies/run';
import { gender, generated, groupCounts, scenario } from './fixtures';

const age = {
  id: 'age',
  type: 'categorical' as const,
  protected: true,
  categories: [{ id: 'young' }, { id: 'mid' }, { id: 'old' }],
  weights: [30, 40, 30],
};

describe('rules policy', () => {
  it('runPolicies with a rules policy picks only matching eligible people, at random among them, consent or not', async () => {
    const s = scenario(80_000, [gender, age], {
      behaviour: { conversion: { base: 0.05 }, consent: { base: 0.3 } },
      campaign: { budget: { kind: 'reach', people: 8_000 }, eligibility: { include: [], exclude: [{ attribute: 'gender', in: ['x'] }] } },
      policies: [{ id: 'r', type: 'rules', rule: { include: [{ attribute: 'age', in: ['young', 'mid'] }] } }],
    });
    const runner = await generated(s);
    const [out] = await runPolicies(runner, s);
    expect(out?.reached).toBe(8_000);
    expect(out?.notes).toEqual([]);
    const byAge = groupCounts(runner.states, 'r', 'age', 3);
    expect(byAge.selected[2]).toBe(0);
    const byGender = groupCounts(runner.states, 'r', 'gender', 3);
    expect(byGender.selected[2]).toBe(0);
    // Among matches, young and mid are reached in proportion (binomial SE on the young share).
    const young = (byAge.selected[0] as number) / 8_000;
    const expected = (byAge.candidates[0] as number) / ((byAge.candidates[0] as number) + (byAge.candidates[1] as number));
    expect(Math.abs(young - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / 8_000));
    // Consent is 30%, yet everyone matching is a candidate: rules use no personal-data model.
    const matching = (byAge.eligible[0] as number) + (byAge.eligible[1] as number);
    expect((byAge.candidates[0] as number) + (byAge.candidates[1] as number)).toBe(matching);
  });

  it('runPolicies with a rules policy that matches fewer than the budget reaches all matches and says so', async () => {
    const s = scenario(50_000, [gender, age], {
      campaign: { budget: { kind: 'reach', people: 10_000 } },
      policies: [{ id: 'r', type: 'rules', rule: { include: [{ attribute: 'gender', in: ['x'] }] } }],
    });
    const runner = await generated(s);
    const [out] = await runPolicies(runner, s);
    const c = groupCounts(runner.states, 'r', 'gender', 3);
    expect(out?.reached).toBe(c.people[2]);
    expect(out?.reached).toBeLessThan(10_000);
    expect(out?.notes.join(' ')).toMatch(/Reached \d+ of the 10000 budgeted/);
  });
});

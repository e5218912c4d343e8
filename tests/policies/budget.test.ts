import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetShapeChange, describeBudget, formatShare, resolveBudget } from '../../src/core/policies/budget';
import { parseScenario } from '../../src/core/scenario';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { resultsToJson } from '../../src/core/results/json';
import { expectIssue, issuesOf, minimalDoc } from '../scenario/scenario-documents';

describe('resolveBudget', () => {
  it('resolveBudget of a share rounds share × eligible to the nearest person (halves up), at least one', () => {
    expect(resolveBudget({ kind: 'reach', share: 0.1 }, 100_000)).toEqual({ kind: 'reach', people: 10_000 });
    expect(resolveBudget({ kind: 'reach', share: 0.1 }, 12_345)).toEqual({ kind: 'reach', people: 1_235 }); // 1234.5 → 1235
    expect(resolveBudget({ kind: 'reach', share: 0.001 }, 40)).toEqual({ kind: 'reach', people: 1 }); // 0.04 → at least 1
    expect(resolveBudget({ kind: 'reach', share: 1 }, 7)).toEqual({ kind: 'reach', people: 7 });
    expect(resolveBudget({ kind: 'reach', share: 0.5 }, 0)).toEqual({ kind: 'reach', people: 0 });
  });

  it('resolveBudget passes people and spend budgets through, whatever the eligible count', () => {
    expect(resolveBudget({ kind: 'reach', people: 500 }, 10)).toEqual({ kind: 'reach', people: 500 });
    expect(resolveBudget({ kind: 'spend', amount: 99.5 }, 10)).toEqual({ kind: 'spend', amount: 99.5 });
  });

  it('resolveBudget of any share and eligible count lies within half a person of share × eligible and within [1, eligible]', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.integer({ min: 1, max: 10_000_000 }), (share, eligible) => {
        const b = resolveBudget({ kind: 'reach', share }, eligible);
        if (b.kind !== 'reach') return false;
        return b.people >= 1 && b.people <= eligible && (b.people === 1 || Math.abs(b.people - share * eligible) <= 0.5);
      }),
    );
  });
});

describe('budget in words', () => {
  it('describeBudget shows a share as "10% of eligible (people of eligible)"', () => {
    expect(describeBudget({ kind: 'reach', share: 0.1 }, 1_000_000)).toBe('10% of eligible (100,000 of 1,000,000)');
    expect(describeBudget({ kind: 'reach', share: 0.025 }, undefined)).toBe('2.5% of eligible');
    expect(describeBudget({ kind: 'reach', people: 10_000 }, 5)).toBe('10,000 people');
    expect(formatShare(0.125)).toBe('12.5%');
  });

  it('budgetShapeChange says nothing for a share budget and names the new share for a people budget', () => {
    expect(budgetShapeChange({ kind: 'reach', share: 0.1 }, 100_000, 1_000_000)).toBeUndefined();
    expect(budgetShapeChange({ kind: 'reach', people: 10_000 }, 100_000, 1_000_000)).toMatch(/10,000 people, 1% of the population instead of 10%/);
    expect(budgetShapeChange({ kind: 'spend', amount: 500 }, 100_000, 200_000)).toMatch(/0\.5× the share/);
    expect(budgetShapeChange({ kind: 'reach', people: 10 }, 100, 100)).toBeUndefined();
  });
});

describe('share budgets in the format', () => {
  it('parseScenario accepts { kind: "reach", share } and rejects both or neither of people and share, and shares outside (0, 1]', () => {
    const ok = minimalDoc();
    ok.campaign.budget = { kind: 'reach', share: 0.1 };
    expect(parseScenario(ok).ok).toBe(true);
    const both = minimalDoc();
    both.campaign.budget = { kind: 'reach', share: 0.1, people: 10 };
    expectIssue(issuesOf(parseScenario(both)), 'campaign.budget.people', /either "people" or "share"/);
    const neither = minimalDoc();
    neither.campaign.budget = { kind: 'reach' };
    expectIssue(issuesOf(parseScenario(neither)), 'campaign.budget.share', /needs "people".*or "share"/);
    const big = minimalDoc();
    big.campaign.budget = { kind: 'reach', share: 1.5 };
    expectIssue(issuesOf(parseScenario(big)), 'campaign.budget.share', /at most 1/);
  });

  it('runScenario with share 0.3 of an eligible subset gives the same results as people = round(0.3 × eligible)', async () => {
    const doc = minimalDoc();
    doc.population.size = 2_000;
    doc.campaign.eligibility = { include: [{ attribute: 'g', in: ['a'] }] };
    doc.campaign.budget = { kind: 'reach', share: 0.3 };
    const share = parseScenario(doc);
    if (!share.ok) throw new Error('invalid');
    const a = await runScenario(share.scenario, new LocalRunner(share.scenario));
    const eligible = a.results.policies[0]!.totals.eligible;
    expect(a.results.policies[0]!.totals.reached).toBe(Math.round(0.3 * eligible));
    doc.campaign.budget = { kind: 'reach', people: Math.round(0.3 * eligible) };
    const people = parseScenario(doc);
    if (!people.ok) throw new Error('invalid');
    const b = await runScenario(people.scenario, new LocalRunner(people.scenario));
    // The scenario hash differs (the files differ); everything measured is the same.
    const strip = (json: string) => json.replace(/"hash": "[^"]*"/, '');
    expect(strip(resultsToJson(a.results))).toBe(strip(resultsToJson(b.results)));
  });
});

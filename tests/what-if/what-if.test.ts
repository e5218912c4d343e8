import { describe, expect, it } from 'vitest';
import defaultScenario from '../../scenarios/default.json';
import { mustParseScenario, parseScenario } from '../../src/core/scenario/parse';
import type { Draft } from '../../src/ui/editor/draft';
import { applyWhatIf, fairnessLabel, uniqueId } from '../../src/ui/what-if';
import type { WhatIf, WhatIfOutcome } from '../../src/ui/what-if';

const draft = structuredClone(defaultScenario) as Draft;
const scenario = mustParseScenario(draft);

function changed(outcome: WhatIfOutcome) {
  if (!outcome.changed) throw new Error(`expected a change, got: ${outcome.reason}`);
  const parsed = parseScenario(outcome.draft);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return { ...outcome, scenario: parsed.scenario };
}

function apply(whatIf: WhatIf, d: Draft = draft) {
  return applyWhatIf(d, mustParseScenario(d), whatIf);
}

describe('applyWhatIf: exclude a group', () => {
  it('exclude-group adds one exclusion predicate to eligibility and leaves every other part of the file as it was', () => {
    const out = changed(apply({ kind: 'exclude-group', attribute: 'age', group: '18-24' }));
    expect(out.scenario.campaign.eligibility.exclude).toEqual([{ attribute: 'age', in: ['18-24'] }]);
    expect(out.summary).toBe('Excluded 18-24 (Age band) from the campaign’s eligible people. The budget is 10% of the eligible, so it now reaches fewer people.');
    expect({ ...out.draft, campaign: undefined }).toEqual({ ...draft, campaign: undefined });
  });

  it('exclude-group of a second group of the same attribute extends the same predicate; a third time it says it is already excluded', () => {
    const first = changed(apply({ kind: 'exclude-group', attribute: 'age', group: '18-24' }));
    const second = changed(apply({ kind: 'exclude-group', attribute: 'age', group: '55+' }, first.draft));
    expect(second.scenario.campaign.eligibility.exclude).toEqual([{ attribute: 'age', in: ['18-24', '55+'] }]);
    const again = apply({ kind: 'exclude-group', attribute: 'age', group: '55+' }, second.draft);
    expect(again).toEqual({ changed: false, reason: '55+ (Age band) is already excluded from the campaign.' });
  });

  it('exclude-group refuses an intersection, an unknown group and the last eligible group', () => {
    expect(apply({ kind: 'exclude-group', attribute: 'gender×age', group: 'f|18-24' }).changed).toBe(false);
    expect(apply({ kind: 'exclude-group', attribute: 'gender', group: 'q' }).changed).toBe(false);
    const two = changed(apply({ kind: 'exclude-group', attribute: 'disability', group: 'no' }));
    expect(apply({ kind: 'exclude-group', attribute: 'disability', group: 'yes' }, two.draft)).toMatchObject({ changed: false, reason: expect.stringMatching(/no one eligible/) });
  });
});

describe('applyWhatIf: drop a feature', () => {
  it('drop-feature writes out the default features (every non-protected attribute) without the dropped one', () => {
    const out = changed(apply({ kind: 'drop-feature', policy: 'delivery', feature: 'neighbourhood' }));
    const delivery = out.scenario.policies.find((p) => p.id === 'delivery');
    expect(delivery && 'features' in delivery ? delivery.features : undefined).toEqual(['income', 'education', 'device', 'careerInterest', 'hoursOnline']);
    expect(out.summary).toBe('Platform delivery (clicks per price) no longer sees Neighbourhood.');
  });

  it('drop-feature on a fairness policy edits the model it wraps, and refuses a feature the model does not use or a policy without a model', () => {
    const out = changed(apply({ kind: 'drop-feature', policy: 'delivery-parity', feature: 'device' }));
    const delivery = out.scenario.policies.find((p) => p.id === 'delivery');
    expect(delivery && 'features' in delivery ? delivery.features : []).not.toContain('device');
    expect(apply({ kind: 'drop-feature', policy: 'delivery', feature: 'gender' })).toMatchObject({ changed: false });
    expect(apply({ kind: 'drop-feature', policy: 'random', feature: 'income' })).toMatchObject({ changed: false, reason: expect.stringMatching(/does not use a model/) });
  });
});

describe('applyWhatIf: add a fairness constraint', () => {
  it('add-constraint appends a demographic-parity policy with a readable name and selects it', () => {
    const out = changed(apply({ kind: 'add-constraint', policy: 'propensity', constraint: 'demographic-parity', attribute: 'age' }));
    const added = out.scenario.policies.at(-1);
    expect(added).toMatchObject({ id: 'propensity-parity-age', label: 'Propensity model + demographic parity by Age band', type: 'fairness', base: 'propensity', attribute: 'age' });
    expect(out.select).toBe('propensity-parity-age');
    expect(out.scenario.policies).toHaveLength(scenario.policies.length + 1);
  });

  it('add-constraint says so instead of duplicating an existing one (delivery already has gender parity), and wraps a fairness policy’s base', () => {
    expect(apply({ kind: 'add-constraint', policy: 'delivery', constraint: 'demographic-parity', attribute: 'gender' })).toMatchObject({ changed: false });
    const out = changed(apply({ kind: 'add-constraint', policy: 'delivery-parity', constraint: 'demographic-parity', attribute: 'age' }));
    expect(out.scenario.policies.at(-1)).toMatchObject({ base: 'delivery', label: 'Platform delivery (clicks per price) + demographic parity by Age band' });
    expect(apply({ kind: 'add-constraint', policy: 'rules', constraint: 'demographic-parity', attribute: 'age' })).toMatchObject({ changed: false });
  });

  it('fairnessLabel and uniqueId: names in words, ids kept unique and plain', () => {
    expect(fairnessLabel('Delivery', 'equal-opportunity', 'Gender')).toBe('Delivery + equal opportunity by Gender');
    expect(uniqueId('a', ['a', 'a-2'])).toBe('a-3');
    expect(uniqueId('x y/z', [])).toBe('x-y-z');
  });
});

describe('applyWhatIf: set the budget', () => {
  it('set-budget writes a share budget, and says nothing changes when the share is already set', () => {
    const out = changed(apply({ kind: 'set-budget', share: 0.2 }));
    expect(out.scenario.campaign.budget).toEqual({ kind: 'reach', share: 0.2 });
    expect(out.summary).toBe('Budget set to 20% of the eligible people.');
    expect(apply({ kind: 'set-budget', share: 0.1 })).toEqual({ changed: false, reason: 'The budget is already 10% of the eligible.' });
    expect(apply({ kind: 'set-budget', share: 0 }).changed).toBe(false);
  });
});

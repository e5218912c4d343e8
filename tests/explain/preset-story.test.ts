/**
 * The `why-not-shown` preset's story, checked against a real run: person 80 is over 55, would have
 * applied, and the propensity model did not show them the ad; the nearest counterfactual is more
 * hours online (age is not a feature the model sees); the model card has no over-55 in training;
 * equal opportunity by age (the threshold strategy and the wrapper alike) reaches them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { explainPerson } from '../../src/core/explain/explain-person';
import { modelCard } from '../../src/core/explain/model-card';
import { explainSession } from '../../src/core/explain/session';
import type { ExplainSession } from '../../src/core/explain/session';
import { loadPreset } from '../../src/core/presets';

let session: ExplainSession;
beforeAll(async () => {
  session = await explainSession(loadPreset('why-not-shown'));
}, 60_000);

describe('preset why-not-shown', () => {
  it('names person 80 in its story', () => {
    expect(session.scenario.narrative?.lookAt).toMatch(/person 80\b/);
  });

  it('person 80 is over 55, would have applied, and was not shown the ad by the propensity model', () => {
    const e = explainPerson(session, 'propensity', 80);
    expect(e.person.categories['age']).toBe('55+');
    expect(e.person.truth.converts).toBe(true);
    expect(e.candidate).toBe(true);
    expect(e.selected).toBe(false);
    expect(e.model?.contributions.map((c) => c.attribute)).not.toContain('age');
  });

  it('the nearest counterfactual is more hours online, about one SD', () => {
    const [best] = explainPerson(session, 'propensity', 80).counterfactuals;
    expect(best?.attribute).toBe('hoursOnline');
    expect(best!.to as number).toBeGreaterThan(best!.from as number);
    expect(best!.distance).toBeGreaterThan(0.5);
    expect(best!.distance).toBeLessThan(2);
  });

  it('the model card shows no over-55 in the training data', () => {
    const age = modelCard(session, 'propensity').byAttribute.find((a) => a.attribute === 'age')!;
    expect(age.groups.find((g) => g.group === '55+')!.trainingRows).toBe(0);
  });

  it('equal opportunity by age shows them the ad', () => {
    expect(explainPerson(session, 'equal-opportunity', 80).selected).toBe(true);
  });
});

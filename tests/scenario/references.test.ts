import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario';
import { defaultDoc, expectIssue, issuesOf } from './scenario-documents';

describe('parseScenario: references between parts', () => {
  it('reports an unknown attribute in given, shift, behaviour effects and audit at each path', () => {
    const doc = defaultDoc();
    doc.population.attributes[4].given = ['religion'];
    doc.population.attributes[5].shift.height = { tall: 0.1 };
    doc.behaviour.conversion.effects.zodiac = 0.2;
    doc.behaviour.price.multipliers.planet = { mars: 2 };
    doc.audit.attributes.push('shoeSize');
    doc.audit.intersections.push(['gender', 'hairColour']);
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'population.attributes[4].given[0]', 'unknown attribute "religion"');
    expectIssue(issues, 'population.attributes[5].shift.height', 'unknown attribute "height"');
    expectIssue(issues, 'behaviour.conversion.effects.zodiac', 'unknown attribute "zodiac"');
    expectIssue(issues, 'behaviour.price.multipliers.planet', 'unknown attribute "planet"');
    expectIssue(issues, 'audit.attributes[4]', 'unknown attribute "shoeSize"');
    expectIssue(issues, 'audit.intersections[1][1]', 'unknown attribute "hairColour"');
  });

  it('reports an unknown category of a known attribute', () => {
    const doc = defaultDoc();
    doc.behaviour.click.effects.gender = { q: 0.3 };
    expect(issuesOf(parseScenario(doc))).toEqual([{ path: 'behaviour.click.effects.gender.q', message: 'unknown category "q" of "gender"' }]);
  });

  it('explains that given may name only an earlier attribute', () => {
    const doc = defaultDoc();
    doc.population.attributes[4].given = ['education'];
    expectIssue(issuesOf(parseScenario(doc)), 'population.attributes[4].given[0]',
      '"education" is attribute 6, not an earlier one: attributes may depend only on attributes listed before them');
  });

  it('reports duplicate attribute and category ids', () => {
    const doc = defaultDoc();
    doc.population.attributes[3].id = 'gender';
    doc.population.attributes[2].categories[2].id = 'a';
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'population.attributes[3].id', 'duplicate attribute id "gender"');
    expectIssue(issues, 'population.attributes[2].categories[2].id', 'duplicate category id "a"');
  });

  it('reports a missing and an unknown parent combination of a conditional table', () => {
    const doc = defaultDoc();
    delete doc.population.attributes[4].table.c;
    doc.population.attributes[4].table.z = [1, 1, 1, 1];
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'population.attributes[4].table', 'is missing 1 parent combination(s): "c"');
    expectIssue(issues, 'population.attributes[4].table.z', 'unknown parent combination');
  });

  it('reports a numeric effect given per category, and a categorical one given as a number', () => {
    const doc = defaultDoc();
    doc.behaviour.conversion.effects.income = { low: 1 };
    doc.behaviour.conversion.effects.education = 0.4;
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'behaviour.conversion.effects.income', '"income" is numeric: give one coefficient per standard deviation');
    expectIssue(issues, 'behaviour.conversion.effects.education', '"education" is categorical: give an effect per category');
  });

  it('reports a history or budget larger than the population', () => {
    const doc = defaultDoc();
    doc.history.size = 200_000;
    doc.campaign.budget.people = 100_001;
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'history.size', 'is 200000 but the population has only 100000 people');
    expectIssue(issues, 'campaign.budget.people', 'is 100001 but the population has only 100000 people');
  });
});

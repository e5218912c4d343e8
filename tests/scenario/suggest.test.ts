import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario';
import { nearestId } from '../../src/core/scenario/suggest';
import { defaultDoc, expectIssue, issuesOf } from './scenario-documents';

describe('did you mean', () => {
  it('nearestId picks the closest id within a third of its length (at least 1 edit, fewer than its length), ignoring case first', () => {
    expect(nearestId('gendr', ['gender', 'age', 'income'])).toBe('gender');
    expect(nearestId('Gender', ['gender', 'age'])).toBe('gender');
    expect(nearestId('delivry-parity', ['delivery-parity', 'delivery'])).toBe('delivery-parity');
    expect(nearestId('colour', ['gender', 'age', 'income'])).toBeUndefined();
    expect(nearestId('q', ['f', 'm', 'x'])).toBeUndefined();
  });

  it('parseScenario suggests the nearest attribute, policy and category for an unknown id', () => {
    const doc = defaultDoc();
    doc.audit.attributes = ['gendr', 'age'];
    doc.policies[5].base = 'delivry';
    doc.campaign.eligibility = { exclude: [{ attribute: 'age', in: ['55'] }] };
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'audit.attributes[0]', 'unknown attribute "gendr"; did you mean "gender"?');
    expectIssue(issues, 'policies[5].base', 'unknown policy "delivry"; did you mean "delivery"?');
    expectIssue(issues, 'campaign.eligibility.exclude[0].in[0]', 'unknown category "55" of "age"; did you mean "55+"?');
  });

  it('parseScenario adds nothing when no id is close', () => {
    const doc = defaultDoc();
    doc.audit.attributes = ['shoe-size'];
    expectIssue(issuesOf(parseScenario(doc)), 'audit.attributes[0]', /^unknown attribute "shoe-size"$/);
  });
});

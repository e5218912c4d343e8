import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario';
import { issuesOf, minimalDoc } from './scenario-documents';

describe('parseScenario: defaults and reporting', () => {
  it('fills in the documented defaults of a minimal scenario', () => {
    const result = parseScenario(minimalDoc());
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const s = result.scenario;
    expect(s.description).toBe('');
    expect(s.population.attributes[0]!.protected).toBe(false);
    expect(s.behaviour.conversion).toEqual({ base: 0.05, effects: {} });
    expect(s.behaviour.click).toEqual({ base: 0.05, effects: {} });
    expect(s.behaviour.price).toEqual({ base: 1, multipliers: {}, noise: 0 });
    expect(s.behaviour.consent).toEqual({ base: 1, effects: {} });
    expect(s.behaviour.observation).toEqual({ noise: 0, extra: {} });
    expect(s.history.rule).toEqual({ include: [], exclude: [] });
    expect(s.campaign.eligibility).toEqual({ include: [], exclude: [] });
    expect(s.campaign.offer).toBe('opportunity');
    expect(s.audit).toEqual({ intersections: [], metric: 'representationRatio', band: { low: 0.8, high: 1.25 }, reference: 'largest',
      minGroupSize: 30, minCount: 5, replicates: 1, multiplicity: 'holm' });
  });

  it('does not change the value it was given', () => {
    const doc = minimalDoc();
    const before = JSON.stringify(doc);
    parseScenario(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('reports every problem at once: five independent mistakes give at least five issues', () => {
    const doc = minimalDoc();
    delete doc.name; // shape: missing
    doc.population.size = -1; // shape: range
    doc.population.attributes[0].weights = [1, 2, 3]; // reference: wrong length
    doc.behaviour.conversion.effects = { nope: 1 }; // reference: unknown attribute
    doc.policies.push({ id: 'fair', type: 'fairness', base: 'random', constraint: 'demographic-parity', attribute: 'g' }); // wraps a non-scoring policy
    doc.audit = { band: { low: 2 } }; // shape: range
    const issues = issuesOf(parseScenario(doc));
    expect(issues.length).toBeGreaterThanOrEqual(5);
    const paths = new Set(issues.map((i) => i.path));
    for (const path of ['name', 'population.size', 'population.attributes[0].weights', 'behaviour.conversion.effects.nope', 'policies[1].base', 'audit.band.low'])
      expect(paths.has(path), `no issue at ${path}`).toBe(true);
  });
});

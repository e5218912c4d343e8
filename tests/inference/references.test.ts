/** Validation of `derived`: every problem with its path, before any work is done. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario';
import { bisgScenario } from './bisg-fixture';

function problems(changes: Record<string, unknown>): string[] {
  const doc = { ...structuredClone(bisgScenario(1000)), ...changes };
  const parsed = parseScenario(doc);
  return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('derived attributes: references', () => {
  it('accepts the fixture, and a constraint and audit on an inferred or joint attribute', () => {
    expect(problems({})).toEqual([]);
    expect(
      problems({
        derived: [
          { kind: 'inferred', id: 'race_est', of: 'race', from: ['surname', 'geo'] },
          { kind: 'joint', id: 'sex_race', of: ['sex', 'race_est'] },
        ],
        policies: [
          { id: 'p', type: 'propensity', features: ['geo'] },
          { id: 'f', type: 'fairness', base: 'p', constraint: 'demographic-parity', attribute: 'sex_race' },
        ],
        audit: { attributes: ['race_est', 'sex_race'], intersections: [['sex', 'race_est']] },
      }),
    ).toEqual([]);
  });

  it('refuses unknown and numeric attributes, clashing ids and proxies with parents outside the set', () => {
    const doc = structuredClone(bisgScenario(1000)) as unknown as { population: { attributes: Record<string, unknown>[] } };
    doc.population.attributes.push({ id: 'region', type: 'categorical', categories: [{ id: 'r1' }, { id: 'r2' }], weights: [1, 1] });
    doc.population.attributes.push({ id: 'zip', type: 'categorical', categories: [{ id: 'z1' }, { id: 'z2' }], given: ['race', 'region'], table: { 'a|r1': [1, 1], 'a|r2': [1, 2], 'b|r1': [2, 1], 'b|r2': [1, 1] } });
    doc.population.attributes.push({ id: 'income', type: 'numeric', distribution: { kind: 'normal', mean: 0, sd: 1 } });
    const run = (derived: unknown[], extra: Record<string, unknown> = {}) => {
      const parsed = parseScenario({ ...doc, derived, audit: { attributes: ['race'] }, ...extra });
      return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(run([{ kind: 'inferred', id: 'e', of: 'race', from: ['zip'] }])).toEqual([
      'derived[0].from: "zip" depends on "region", which is neither "race" nor a proxy: add "region" to from, so the posterior can be computed from the tables',
    ]);
    expect(run([{ kind: 'inferred', id: 'e', of: 'race', from: ['zip', 'region'] }])).toEqual([]);
    expect(run([{ kind: 'inferred', id: 'e', of: 'income', from: ['geo'] }])).toEqual(['derived[0].of: "income" is numeric; only categorical attributes can be used here']);
    expect(run([{ kind: 'inferred', id: 'geo', of: 'race', from: ['surname'] }])).toEqual(['derived[0].id: "geo" is already an attribute id']);
    expect(run([{ kind: 'inferred', id: 'e', of: 'race', from: ['region'] }])).toEqual(['derived[0].from: no proxy depends on "race": the estimate would be the same for everyone']);
    expect(run([{ kind: 'joint', id: 'j', of: ['sex', 'nope'] }])).toEqual(['derived[0].of[1]: unknown attribute "nope"']);
    expect(run([], { audit: { attributes: ['race_est'] } })).toEqual(['audit.attributes[0]: unknown attribute "race_est"']);
  });

  it('refuses derived attributes as model features or in behaviour effects (they exist only after generation)', () => {
    expect(problems({ policies: [{ id: 'p', type: 'propensity', features: ['race_est'] }] })).toEqual(['policies[0].features[0]: unknown attribute "race_est"']);
  });
});

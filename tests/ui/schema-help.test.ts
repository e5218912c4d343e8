import { describe, expect, it } from 'vitest';
import schema from '../../scenarios/scenario.schema.json';
import defaultScenario from '../../scenarios/default.json';
import type { JsonSchema } from '../../src/ui/editor/schema-help';
import { describeAt, propertySuggestions, valueSuggestions } from '../../src/ui/editor/schema-help';

const root = schema as unknown as JsonSchema;
const doc = structuredClone(defaultScenario) as Record<string, unknown>;

describe('schema help for the JSON view', () => {
  it('describeAt gives the description, type and default of a property, read from the generated schema', () => {
    expect(describeAt(root, ['campaign', 'offer'], doc)).toBe(
      'offer: "opportunity" | "risk"\n`opportunity` (a job, credit, housing: exclusion is the harm) or `risk` (over-targeting is).\nDefault: "opportunity"',
    );
    expect(describeAt(root, ['campaign', 'budget', 'share'], doc)).toMatch(/^share: number, > 0, ≤ 1\nShare of the eligible people/);
  });

  it('describeAt falls back to plain words for keys the schema does not describe (l2, seed)', () => {
    expect(describeAt(root, ['policies', 4, 'l2'], doc)).toMatch(/^l2: number.*\nCaution against over-fitting \(L2 penalty\)/);
    expect(describeAt(root, ['seed'], doc)).toMatch(/identical results everywhere/);
  });

  it('describeAt follows the policy type: l2 of a delivery policy, floor of a fairness policy', () => {
    expect(describeAt(root, ['policies', 4, 'objective'], doc)).toMatch(/^objective: "click" \| "conversion"/);
    expect(describeAt(root, ['policies', 5, 'floor'], doc)).toMatch(/min-representation: each group gets at least/);
  });

  it('propertySuggestions lists the keys an object may still have, required ones marked', () => {
    const names = propertySuggestions(root, ['audit'], doc).map((s) => s.label);
    expect(names).toEqual(expect.arrayContaining(['metric', 'band', 'reference', 'minCount', 'replicates']));
    expect(names).not.toContain('attributes'); // already there
    const policy = propertySuggestions(root, ['policies', 0], { policies: [{}] });
    expect(policy.find((s) => s.label === 'type')).toMatchObject({ apply: '"type": ', detail: expect.stringMatching(/^required/) });
  });

  it('valueSuggestions offers enum values and the scenario’s own ids where an id belongs', () => {
    expect(valueSuggestions(root, ['policies', 5, 'constraint'], doc).map((s) => s.label)).toEqual([
      '"demographic-parity"', '"equal-opportunity"', '"min-representation"', '"variance-reduction"',
    ]);
    const bases = valueSuggestions(root, ['policies', 5, 'base'], doc).map((s) => s.label);
    expect(bases).toContain('"delivery"');
    expect(valueSuggestions(root, ['audit', 'attributes', 0], doc).map((s) => s.label)).toContain('"gender"');
  });
});

/**
 * "The model never met this group": a history that only reached North and Centre leaves South and
 * East without training rows; their coefficients are exactly 0, so they are scored as North. The
 * model's notes say so and the audit flags their rows.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { unseenCategories } from '../../src/core/models/unseen-categories';
import type { FeatureSpec } from '../../src/core/models';
import { defaultScenario } from '../engine/fixtures';

describe('unseenCategories', () => {
  it('finds categories with no training rows, the baseline (first) category included', () => {
    const scenario = defaultScenario(1000);
    // gender columns: m (code 1), x (code 2); three rows, all men (column sums 3, 0) → f (baseline) and x unseen
    const spec: FeatureSpec = {
      columns: [
        { kind: 'category', attribute: 'gender', category: 'm', code: 1 },
        { kind: 'category', attribute: 'gender', category: 'x', code: 2 },
      ],
    };
    const found = unseenCategories(scenario, spec, [3, 0], 3);
    expect(found.map((u) => [u.category, u.scoredAs])).toEqual([['x', 'Women'], ['f', null]]);
  });
});

describe('a model trained on a history that never reached South or East', () => {
  it('notes it, keeps their coefficients at 0 and flags their rows in the audit', async () => {
    const base = defaultScenario(4000);
    const scenario = {
      ...base,
      history: { ...base.history, size: 500 },
      policies: [{ id: 'propensity', label: 'Propensity', type: 'propensity' as const, features: ['neighbourhood', 'income'], useProtected: false, l2: 1 }],
      audit: { ...base.audit, attributes: ['neighbourhood'], intersections: [] },
    };
    const { results } = await runScenario(scenario, new LocalRunner(scenario));
    const policy = results.policies[0]!;
    // Training rows are the consenting people of the 500 in the history.
    const trainingRows = (policy.model as { trainingRows: number }).trainingRows;
    expect(trainingRows).toBeLessThan(500);
    expect(policy.notes).toContain(`The model never met South (neighbourhood) in its ${trainingRows} training rows: its coefficient is 0, so they are scored as North.`);
    const model = policy.model as { features: { name: string; coefficient: number }[] };
    expect(model.features.find((f) => f.name === 'neighbourhood=south')?.coefficient).toBe(0);
    const rows = policy.slices[0]!.groups;
    expect(rows.filter((g) => g.unseenInTraining).map((g) => g.group)).toEqual(['south', 'east']);
  });
});

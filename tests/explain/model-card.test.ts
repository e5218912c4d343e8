/**
 * Model-card figures against hand-computed fixtures (standard errors from the inverse Hessian, AUC,
 * calibration by decile), then a model card of a real run checked for its invariants and for the
 * skewed history preset's category never seen in training.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auc, calibrationByDecile, standardErrors } from '../../src/core/explain/model-stats';
import { modelCard } from '../../src/core/explain/model-card';
import { explainSession } from '../../src/core/explain/session';
import { fitLogistic } from '../../src/core/models/fit-logistic';
import { mustParseScenario } from '../../src/core/scenario';
import { defaultScenario } from '../engine/fixtures';

describe('standard errors', () => {
  // x = 0, 0, 1, 1 and y = 0, 1, 0, 1: the fit is β = (0, 0), every μ = ½, weight μ(1 − μ) = ¼.
  // H = Σ ¼ [1 x; x x²] = [[1, ½], [½, ½]]; H⁻¹ = [[2, −2], [−2, 4]]: SE = (√2, 2).
  const X = Float64Array.of(0, 0, 1, 1);
  const y = Uint8Array.of(0, 1, 0, 1);
  it('are the square roots of the inverse Hessian diagonal at the fit (no penalty)', () => {
    const fit = fitLogistic(X, y, 4, 1, { l2: 0 });
    expect(fit.intercept).toBeCloseTo(0, 10);
    expect(fit.coefficients[0]).toBeCloseTo(0, 10);
    const se = standardErrors({ X, y, rows: 4, cols: 1 }, Float64Array.of(fit.intercept, fit.coefficients[0]!), 0);
    expect(se[0]).toBeCloseTo(Math.SQRT2, 10);
    expect(se[1]).toBeCloseTo(2, 10);
  });
  it('include the L2 penalty on the coefficients, not the intercept', () => {
    // H + diag(0, 1) = [[1, ½], [½, 1½]], det 1¼: inverse diagonal (1.2, 0.8).
    const se = standardErrors({ X, y, rows: 4, cols: 1 }, Float64Array.of(0, 0), 1);
    expect(se[0]).toBeCloseTo(Math.sqrt(1.2), 12);
    expect(se[1]).toBeCloseTo(Math.sqrt(0.8), 12);
  });
});

describe('AUC', () => {
  it('counts the pairs a positive outranks a negative (3 of 4 here)', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  });
  it('counts a tie as half, and is null without both classes', () => {
    expect(auc([0.5, 0.5], [0, 1])).toBe(0.5);
    expect(auc([0.2, 0.9, 0.5], [1, 1, 0])).toBe(0.5);
    expect(auc([0.2, 0.3], [1, 1])).toBeNull();
  });
});

describe('calibration by decile', () => {
  it('splits people by rank into ten parts with their mean prediction and observed rate', () => {
    const p = Array.from({ length: 20 }, (_, i) => (i + 1) / 20);
    const y = p.map((_, i) => (i >= 10 ? 1 : i % 2));
    const bins = calibrationByDecile([...p].reverse(), [...y].reverse());
    expect(bins).toHaveLength(10);
    expect(bins[0]).toMatchObject({ decile: 1, people: 2, observedRate: 0.5 });
    expect(bins[0]!.meanPredicted).toBeCloseTo(0.075, 12);
    expect(bins[9]!.meanPredicted).toBeCloseTo(0.975, 12);
    expect(bins[9]!.observedRate).toBe(1);
  });
});

describe('model card of a run', () => {
  it('lists features and withheld ones, with standard errors, shares that add up and AUCs in [0, 1]', async () => {
    const session = await explainSession(defaultScenario(20_000));
    const card = modelCard(session, 'propensity');
    expect(card.features.every((f) => !f.protected)).toBe(true);
    expect(card.withheld.filter((f) => f.protected).map((f) => f.attribute)).toEqual(['gender', 'age', 'ethnicity', 'disability']);
    expect(card.coefficients.length).toBeGreaterThan(0);
    for (const c of card.coefficients) expect(c.standardError).toBeGreaterThan(0);
    expect(card.training.rows).toBeGreaterThan(0);
    for (const a of card.byAttribute) {
      const training = a.groups.reduce((s, g) => s + (g.trainingShare ?? 0), 0);
      const population = a.groups.reduce((s, g) => s + g.populationShare, 0);
      expect(training).toBeCloseTo(1, 12);
      expect(population).toBeCloseTo(1, 12);
      for (const g of a.groups) if (g.auc !== null) expect(Math.abs(g.auc - 0.5)).toBeLessThanOrEqual(0.5);
    }
    expect(card.overall.auc).toBeGreaterThan(0.5);
    expect(() => modelCard(session, 'random')).toThrow(/no learned model/);
  }, 60_000);

  it('shows the skewed history: a group absent from training, noted as never seen', async () => {
    // Its own size: the history (15,000 of 60,000) then holds only under-55s.
    const doc = JSON.parse(readFileSync(new URL('../../scenarios/skewed-history.json', import.meta.url), 'utf8')) as object;
    const scenario = mustParseScenario({ ...doc, claims: [] });
    const session = await explainSession(scenario);
    const learned = scenario.policies.find((p) => p.type === 'propensity')!;
    const card = modelCard(session, learned.id);
    const age = card.byAttribute.find((a) => a.attribute === 'age');
    expect(age).toBeDefined();
    const older = age!.groups.find((g) => g.group === '55+')!;
    expect(older.trainingRows).toBe(0);
    expect(older.populationShare).toBeGreaterThan(0.05);
  }, 60_000);
});

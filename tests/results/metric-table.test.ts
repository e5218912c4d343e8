/** The metric table (results/group-metrics.ts) on hand-worked counts. */
import { describe, expect, it } from 'vitest';
import { GROUP_METRICS, groupMetricValues, lowCountMetrics, policyTotals } from '../../src/core/results/group-metrics';

// A group of 10 people (8 eligible, 4 reached, 5 potential converters of whom 3 reached, Σ p̂ 2, cost 20)
// in a population of 100 (80 eligible, 20 reached).
const c = { n: 10, eligible: 8, reached: 4, positives: 5, truePositives: 3, expectedConversions: 2, cost: 20 };
const all = { n: 100, eligible: 80, reached: 20, positives: 30, truePositives: 12, expectedConversions: 9, cost: 90 };

describe('groupMetricValues', () => {
  it('computes every group metric by hand, in table order', () => {
    const values = groupMetricValues({ c, all, reference: { selectionRate: 0.2, tpr: 0.5, fpr: 0.1 }, representationRatio: 2, disparateImpact: 2, impactRatio: 1 });
    expect(Object.keys(values)).toEqual(GROUP_METRICS);
    expect(values).toMatchObject({
      n: 10, eligible: 8, reached: 4, positives: 5, truePositives: 3, expectedConversions: 2, cost: 20,
      selectionRate: 0.4, // 4 / 10
      eligibleSelectionRate: 0.5, // 4 / 8
      populationShare: 0.1, eligibleShare: 0.1, reachShare: 0.2,
      representationRatio: 2, disparateImpact: 2, impactRatio: 1,
      tpr: 0.6, // 3 / 5
      fpr: 0.2, // (4 − 3) / (10 − 5)
      precision: 0.75, // 3 / 4
      costPerReach: 5, costPerConversion: 10,
    });
    expect(values.statisticalParityDifference).toBeCloseTo(0.2, 12); // 0.4 − 0.2
    expect(values.equalOpportunityDifference).toBeCloseTo(0.1, 12); // 0.6 − 0.5
    expect(values.equalisedOddsDifference).toBeCloseTo(0.1, 12); // max(|0.1|, |0.2 − 0.1|)
  });

  it('gives null, not NaN, where a denominator is zero, and flags the rates whose denominator is below minCount', () => {
    const none = { n: 0, eligible: 0, reached: 0, positives: 0, truePositives: 0, expectedConversions: 0, cost: 0 };
    const values = groupMetricValues({ c: none, all, reference: { selectionRate: null, tpr: null, fpr: null }, representationRatio: null, disparateImpact: null, impactRatio: null });
    expect(values.selectionRate).toBeNull();
    expect(values.equalisedOddsDifference).toBeNull();
    expect(values.populationShare).toBe(0);
    // Denominators: n 10, eligible 8, positives 5, n − P 5, reached 4.
    expect(lowCountMetrics(c, 9)).toEqual(['eligibleSelectionRate', 'tpr', 'fpr', 'precision']);
    expect(lowCountMetrics(c, 6)).toEqual(['tpr', 'fpr', 'precision']);
    expect(lowCountMetrics(c, 4)).toEqual([]);
  });
});

describe('policyTotals', () => {
  it('shares the rates with the group rows and adds realised conversions', () => {
    expect(policyTotals(c)).toEqual({
      n: 10, eligible: 8, reached: 4, positives: 5, cost: 20, expectedConversions: 2, realisedConversions: 3,
      selectionRate: 0.4, tpr: 0.6, fpr: 0.2, precision: 0.75, costPerReach: 5, costPerConversion: 10, costPerRealisedConversion: 20 / 3,
    });
    expect(Object.keys(policyTotals(c))).toEqual([
      'n', 'eligible', 'reached', 'positives', 'cost', 'expectedConversions', 'realisedConversions',
      'selectionRate', 'tpr', 'fpr', 'precision', 'costPerReach', 'costPerConversion', 'costPerRealisedConversion',
    ]);
  });
});

describe('metricLabel', () => {
  it('names every metric once, and the charts read their table headings from it', async () => {
    const { GROUP_METRIC_TABLE, POLICY_TOTAL_TABLE, metricLabel } = await import('../../src/core/results/group-metrics');
    // A group metric and a total of the same name share the words; different names never do.
    const byName = new Map<string, string>();
    for (const e of [...GROUP_METRIC_TABLE, ...POLICY_TOTAL_TABLE]) {
      expect(e.label.length).toBeGreaterThan(0);
      if (byName.has(e.name)) expect(e.label).toBe(byName.get(e.name));
      byName.set(e.name, e.label);
    }
    expect(new Set(byName.values()).size).toBe(byName.size);
    expect(metricLabel('representationRatio')).toBe('Representation ratio');
    expect(metricLabel('costPerConversion')).toBe('Cost per expected conversion');
    const { metricName } = await import('../../src/charts/lookup');
    expect(metricName('impactRatio')).toBe('impact ratio');
    const { SWEEP_METRICS } = await import('../../src/charts/sweep/metric-layout');
    expect(Object.keys(SWEEP_METRICS)).toEqual(['expectedConversions', 'costPerConversion', 'worstRatio', 'reached', 'cost', 'realisedConversions', 'selectionRate', 'tpr', 'precision', 'costPerReach']);
    expect(SWEEP_METRICS.tpr).toBe('True-positive rate');
  });
});

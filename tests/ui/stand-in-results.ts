/**
 * A small hand-made Results object for UI tests (the engine is not run): one attribute with three
 * groups and two policies, with the numbers worked out by hand in the comments.
 */
import type { GroupRow, PolicyResult, Results, Verdict } from '../../src/core/results/types';

function row(group: string, label: string, n: number, reached: number, verdict: Verdict, harm: boolean, rr: number): GroupRow {
  return {
    attribute: 'gender', group, label, isReference: group === 'f', n, eligible: n, reached, positives: 0, truePositives: 0,
    expectedConversions: 0, cost: 0, selectionRate: reached / n, eligibleSelectionRate: reached / n, populationShare: n / 1000,
    eligibleShare: n / 1000, reachShare: reached / 100, representationRatio: rr, disparateImpact: rr, statisticalParityDifference: 0,
    tpr: null, fpr: null, precision: null, equalOpportunityDifference: null, equalisedOddsDifference: null, costPerReach: null,
    costPerConversion: null, verdict, harm, lowCount: [],
    intervals: { selectionRate: null, eligibleSelectionRate: null, tpr: null, fpr: null, precision: null, representationRatio: null, disparateImpact: null },
  };
}

function policy(id: string, label: string, groups: GroupRow[]): PolicyResult {
  return {
    id, label, type: 'random',
    totals: { n: 1000, eligible: 1000, reached: 100, positives: 50, cost: 400, expectedConversions: 8, realisedConversions: 7, selectionRate: 0.1,
      tpr: 0.14, fpr: 0.1, precision: 0.07, costPerReach: 4, costPerConversion: 50, costPerRealisedConversion: 400 / 7 },
    slices: [{ attribute: 'gender', kind: 'attribute', attributes: ['gender'], reference: 'f', mixDistance: 0.1, groups, ranking: groups.map((g) => g.group) }],
    scoreHistograms: [], notes: [],
  };
}

/** 1000 people: 500 women, 480 men, 20 non-binary; 100 reached. */
export function standInResults(): Results {
  return {
    format: 'fairground.results', version: 1, engine: 'stand-in', scenario: { name: 'Stand-in', hash: '0' }, seed: 1, populationSize: 1000,
    replicates: 1, offer: 'opportunity', band: { low: 0.8, high: 1.25 }, metric: 'representationRatio', reference: 'largest',
    minGroupSize: 30, minCount: 5,
    attributes: [{ id: 'gender', label: 'Gender', categories: [{ id: 'f', label: 'Women' }, { id: 'm', label: 'Men' }, { id: 'x', label: 'Non-binary' }] }],
    intersections: [],
    policies: [
      // Women reach share 0.30 / population share 0.50 = RR 0.6; men 0.68 / 0.48 ≈ 1.42; non-binary too small.
      policy('skewed', 'Skewed', [row('f', 'Women', 500, 30, 'excluded', true, 0.6), row('m', 'Men', 480, 68, 'over-targeted', false, 68 / 48), row('x', 'Non-binary', 20, 2, 'too-small', false, 1)]),
      policy('even', 'Even', [row('f', 'Women', 500, 50, 'within', false, 1), row('m', 'Men', 480, 48, 'within', false, 1), row('x', 'Non-binary', 20, 2, 'too-small', false, 1)]),
    ],
    sample: { count: 0, categories: {}, values: {}, converts: [], selected: {}, score: {} },
  };
}

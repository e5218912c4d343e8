/**
 * A small hand-written Results object for chart tests. 1,000 people: 500 women, 480 men, 20
 * non-binary (below minGroupSize 30). `delivery` reaches 100: 31 women, 67 men, 2 non-binary
 * (RR 0.62, 1.40, 1.00); `random` reaches 50, 48, 2 (RR 1 each); `none` reaches nobody.
 */
import type { GroupRow, PolicyResult, Results, SliceResult, Verdict } from '../../src/core/results/types';

interface RowSpec {
  attribute: string;
  group: string;
  label: string;
  n: number;
  reached: number;
  total: number;
  totalReached: number;
  verdict: Verdict;
  harm?: boolean;
  rr?: number | null;
  interval?: [number, number] | null;
}

export function row(spec: RowSpec): GroupRow {
  const share = spec.n / spec.total;
  const reachShare = spec.totalReached ? spec.reached / spec.totalReached : null;
  const rr = spec.rr !== undefined ? spec.rr : reachShare === null ? null : reachShare / share;
  const interval = spec.interval !== undefined ? spec.interval : null;
  return {
    attribute: spec.attribute, group: spec.group, label: spec.label, isReference: false,
    n: spec.n, eligible: spec.n, reached: spec.reached, positives: 0, truePositives: 0, expectedConversions: 0, cost: 0,
    selectionRate: spec.reached / spec.n, eligibleSelectionRate: spec.reached / spec.n,
    populationShare: share, eligibleShare: share, reachShare,
    representationRatio: rr, disparateImpact: rr, statisticalParityDifference: null,
    tpr: null, fpr: null, precision: null, equalOpportunityDifference: null, equalisedOddsDifference: null,
    costPerReach: null, costPerConversion: null,
    verdict: spec.verdict, harm: spec.harm ?? false, lowCount: [],
    intervals: {
      selectionRate: null, eligibleSelectionRate: null, tpr: null, fpr: null, precision: null,
      representationRatio: interval, disparateImpact: interval,
    },
  };
}

function genderSlice(reached: [number, number, number], verdicts: [Verdict, Verdict, Verdict], harm: [boolean, boolean, boolean] = [false, false, false]): SliceResult {
  const total = reached[0] + reached[1] + reached[2];
  const base = { attribute: 'gender', total: 1000, totalReached: total };
  return {
    attribute: 'gender', kind: 'attribute', attributes: ['gender'], reference: 'f', mixDistance: null, ranking: [],
    groups: [
      row({ ...base, group: 'f', label: 'Women', n: 500, reached: reached[0], verdict: verdicts[0], harm: harm[0], interval: total ? [0.45, 0.8] : null }),
      row({ ...base, group: 'm', label: 'Men', n: 480, reached: reached[1], verdict: verdicts[1], harm: harm[1], interval: total ? [1.2, 1.6] : null }),
      row({ ...base, group: 'x', label: 'Non-binary', n: 20, reached: reached[2], verdict: verdicts[2], harm: harm[2], interval: total ? [0.3, 3] : null }),
    ],
  };
}

/** gender × age for delivery: 6 cells with hand-picked ratios; x|old is too small, x|young has no ratio. */
function intersectionSlice(): SliceResult {
  const base = { attribute: 'gender×age', total: 1000, totalReached: 100 };
  const cells: [string, string, number, number | null, Verdict][] = [
    ['f|young', 'Women · Young', 250, 0.5, 'excluded'],
    ['f|old', 'Women · Old', 250, 0.74, 'excluded'],
    ['m|young', 'Men · Young', 240, 2, 'over-targeted'],
    ['m|old', 'Men · Old', 240, 1, 'within'],
    ['x|young', 'Non-binary · Young', 10, null, 'too-small'],
    ['x|old', 'Non-binary · Old', 10, 1.5, 'too-small'],
  ];
  return {
    attribute: 'gender×age', kind: 'intersection', attributes: ['gender', 'age'], reference: 'overall', mixDistance: null,
    ranking: ['m|young', 'f|young', 'f|old', 'm|old'],
    groups: cells.map(([group, label, n, rr, verdict]) => row({ ...base, group, label, n, reached: 0, rr, verdict })),
  };
}

function policy(id: string, label: string, slices: SliceResult[], expectedConversions: number, cost: number): PolicyResult {
  return {
    id, label, type: id === 'random' ? 'random' : 'delivery',
    totals: {
      n: 1000, eligible: 1000, reached: 100, positives: 50, cost, expectedConversions, realisedConversions: 0,
      selectionRate: 0.1, tpr: null, fpr: null, precision: null, costPerReach: cost / 100,
      costPerConversion: expectedConversions ? cost / expectedConversions : null, costPerRealisedConversion: null,
    },
    slices, scoreHistograms: [], notes: [],
  };
}

export function fixture(): Results {
  const delivery = policy('delivery', 'Delivery', [
    genderSlice([31, 67, 2], ['excluded', 'over-targeted', 'too-small'], [true, false, false]),
    intersectionSlice(),
  ], 40, 400);
  delivery.scoreHistograms = [{
    attribute: 'gender', min: 0, max: 1, bins: 4,
    groups: [
      { group: 'f', label: 'Women', counts: [40, 30, 20, 10] },
      { group: 'm', label: 'Men', counts: [10, 20, 30, 40] },
      { group: 'x', label: 'Non-binary', counts: [1, 1, 1, 1] },
    ],
  }];
  delivery.thresholds = [{ group: null, score: 0.75 }];
  const random = policy('random', 'Random', [genderSlice([50, 48, 2], ['within', 'within', 'too-small'])], 20, 400);
  const none = policy('none', 'None', [genderSlice([0, 0, 0], ['not-comparable', 'not-comparable', 'too-small'])], 0, 0);
  return {
    format: 'fairground.results', version: 1, engine: 'fairground test', scenario: { name: 'Fixture', hash: '0' },
    seed: 1, populationSize: 1000, replicates: 1, offer: 'opportunity', band: { low: 0.8, high: 1.25 },
    metric: 'representationRatio', reference: 'largest', minGroupSize: 30, minCount: 5,
    attributes: [
      { id: 'gender', label: 'Gender', categories: [{ id: 'f', label: 'Women' }, { id: 'm', label: 'Men' }, { id: 'x', label: 'Non-binary' }] },
      { id: 'age', label: 'Age', categories: [{ id: 'young', label: 'Young' }, { id: 'old', label: 'Old' }] },
    ],
    intersections: [['gender', 'age']],
    policies: [delivery, random, none],
    sample: {
      count: 8,
      categories: { gender: ['f', 'f', 'f', 'm', 'm', 'm', 'x', 'f'], age: ['young', 'old', 'young', 'old', 'young', 'old', 'young', 'old'] },
      values: {},
      converts: [0, 1, 0, 1, 0, 0, 1, 0],
      selected: { delivery: [0, 1, 0, 1, 1, 0, 0, 0], random: [1, 0, 0, 0, 1, 0, 0, 1], none: [0, 0, 0, 0, 0, 0, 0, 0] },
      score: {},
    },
  };
}

/** Marks of one class, for counting and inspecting. */
export function marksOf<T extends { className?: string }>(marks: readonly T[], className: string): T[] {
  return marks.filter((m) => m.className === className);
}

export const round1 = (value: number) => Math.round(value * 10) / 10;

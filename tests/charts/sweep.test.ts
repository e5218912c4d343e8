import { describe, expect, it } from 'vitest';
import { layoutSweepFrontier, layoutSweepMetric, sweepSeries } from '../../src/charts/sweep';
import type { SweepChartData } from '../../src/charts/sweep';
import type { CircleMark, PathMark } from '../../src/charts/marks';
import type { SweepPolicyRow } from '../../src/core/sweep/tables';
import { marksOf, round1 } from './fixture';

const size = { width: 640, height: 400, fontSize: 12 };

function row(policy: string, label: string, values: (number | string)[], conversions: number, worstRatio: number | null): SweepPolicyRow {
  return {
    point: 'p', values, policy, label,
    totals: { reached: 100, cost: 200, expectedConversions: conversions, realisedConversions: conversions, selectionRate: 0.1, tpr: 0.2, precision: 0.3, costPerReach: 2, costPerConversion: 200 / conversions },
    ratioMetric: 'representationRatio', worstAttribute: 'gender', worstGroup: 'f', worstLabel: 'Women', worstRatio,
    worstRatioLow: null, worstRatioHigh: null, worstVerdict: 'within',
  };
}

/** Two policies over budget 100, 200, 400 at two seeds (grid order: seed slowest). */
const data: SweepChartData = {
  parameters: ['seed', 'budget'],
  band: { low: 0.8, high: 1.25 },
  rows: [1, 2].flatMap((seed) => [100, 200, 400].flatMap((budget) => [
    row('random', 'Random', [seed, budget], budget / 10, 1),
    row('model', 'Model', [seed, budget], budget / 5, 0.5 + budget / 1000),
  ])),
};

describe('sweepSeries', () => {
  it('makes one series per policy and value of the other parameters, ordered along the chosen one', () => {
    const byBudget = sweepSeries(data, 1);
    expect(byBudget.map((s) => [s.policy, s.fixed, s.rows.map((r) => r.values[1])])).toEqual([
      ['random', 'seed = 1', [100, 200, 400]], ['model', 'seed = 1', [100, 200, 400]],
      ['random', 'seed = 2', [100, 200, 400]], ['model', 'seed = 2', [100, 200, 400]],
    ]);
    expect(sweepSeries(data, 0)).toHaveLength(6);
    expect(sweepSeries(data, 0)[0]!.rows.map((r) => r.values)).toEqual([[1, 100], [2, 100]]);
  });
});

describe('layoutSweepFrontier', () => {
  it('draws a line per series and a point per row, coloured by policy, and names the best point within the band', () => {
    const layout = layoutSweepFrontier(data, { parameter: 1 }, size);
    expect(marksOf(layout.marks, 'series')).toHaveLength(4);
    const points = marksOf(layout.marks, 'point') as CircleMark[];
    expect(points).toHaveLength(12);
    expect(new Set(points.map((p) => p.fill))).toEqual(new Set(['#0072B2', '#E69F00']));
    // Within the band: every Random point (ratio 1) and Model at budget 400 (0.9, 80 conversions).
    expect(layout.title).toBe('Within 0.8–1.25× for every group, Model at seed = 1, budget = 400 gives the most expected conversions (80.00); 8 of 12 points are within');
    expect(layout.table.rows).toHaveLength(12);
  });

  it('places points by conversions across and the worst ratio up: a ratio of 1 sits on the parity line', () => {
    const layout = layoutSweepFrontier(data, { parameter: 1 }, size);
    const parity = marksOf(layout.marks, 'parity')[0] as { y1: number };
    const randomAt400 = (marksOf(layout.marks, 'point') as CircleMark[]).filter((p) => p.fill === '#0072B2' && p.tooltip?.includes('budget = 400'))[0]!;
    expect(round1(randomAt400.cy)).toBe(round1(parity.y1));
    const line = marksOf(layout.marks, 'series')[0] as PathMark;
    expect(line.d.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
  });

  it('an empty sweep says what to do', () => {
    expect(layoutSweepFrontier({ ...data, rows: [] }, {}, size).title).toBe('Run a sweep to see its frontier');
  });
});

describe('layoutSweepMetric', () => {
  it('puts numeric parameter values to scale and states how the metric moves for the first policy', () => {
    const layout = layoutSweepMetric(data, { metric: 'expectedConversions', parameter: 1 }, size);
    const points = (marksOf(layout.marks, 'point') as CircleMark[]).filter((p) => p.fill === '#0072B2');
    const xs = [...new Set(points.map((p) => round1(p.cx)))];
    // 100, 200, 400 on a linear scale: the gap 200→400 is twice the gap 100→200
    expect(round1((xs[2]! - xs[1]!) / (xs[1]! - xs[0]!))).toBe(2);
    expect(layout.title).toBe('Expected conversions of Random goes from 10.000 to 40.000 as budget goes from 100 to 400');
  });

  it('spaces text values evenly and draws the worst ratio with the band', () => {
    const named: SweepChartData = { ...data, parameters: ['constraint'], rows: ['a', 'b', 'c'].map((c, i) => row('model', 'Model', [c], 10 + i, 0.7 + i * 0.1)) };
    const layout = layoutSweepMetric(named, { metric: 'worstRatio', parameter: 0 }, size);
    expect(marksOf(layout.marks, 'band')).toHaveLength(1);
    const xs = (marksOf(layout.marks, 'point') as CircleMark[]).map((p) => p.cx);
    expect(round1(xs[1]! - xs[0]!)).toBe(round1(xs[2]! - xs[1]!));
    expect(marksOf(layout.marks, 'tick-label').map((t) => (t as { text: string }).text)).toEqual(expect.arrayContaining(['a', 'b', 'c']));
  });
});

import { describe, expect, it } from 'vitest';
import { layoutRoundsRatio } from '../../src/charts/rounds/ratio-layout';
import { layoutRoundsShares } from '../../src/charts/rounds/shares-layout';
import { layoutRoundsPolicies } from '../../src/charts/rounds/policies-layout';
import { spreadLabels } from '../../src/charts/rounds/end-labels';
import type { CircleMark, PathMark, TextMark } from '../../src/charts/marks';
import { fixture, marksOf } from './fixture';
import { withRounds } from './rounds-fixture';

const size = { width: 640, height: 360, fontSize: 12 };
describe('layoutRoundsRatio', () => {
  it('states how the group furthest from parity on the last day moved since day 1', () => {
    expect(layoutRoundsRatio(withRounds(), { policy: 'delivery', attribute: 'gender' }, size).title)
      .toBe('Delivery: Women falls from 0.60× on day 1 to 0.40× of their population share over 3 days');
  });

  it('draws one line of three points per group, women going down the log scale and men up', () => {
    const { marks } = layoutRoundsRatio(withRounds(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(marksOf(marks, 'series')).toHaveLength(3);
    const points = marksOf(marks, 'point') as CircleMark[];
    expect(points).toHaveLength(9);
    const women = points.slice(0, 3).map((p) => p.cy);
    const men = points.slice(3, 6).map((p) => p.cy);
    expect(women[0]! < women[1]! && women[1]! < women[2]!).toBe(true);
    expect(men[0]! > men[1]! && men[1]! > men[2]!).toBe(true);
    // On a log scale equal ratios of ratios are equal distances: 0.6 → 0.5 is a step of log(1.2),
    // 0.5 → 0.4 one of log(1.25).
    expect((women[1]! - women[0]!) / (women[2]! - women[1]!)).toBeCloseTo(Math.log(1.2) / Math.log(1.25), 6);
    // Days are evenly spaced across.
    expect(points[1]!.cx - points[0]!.cx).toBeCloseTo(points[2]!.cx - points[1]!.cx, 9);
    const parity = marksOf(marks, 'parity')[0] as { y1: number };
    const nonBinary = points.slice(6, 9);
    expect(nonBinary[0]!.cy).toBeCloseTo(parity.y1, 9);
  });

  it('labels each line at its end with the last ratio, clear of each other', () => {
    const labels = marksOf(layoutRoundsRatio(withRounds(), { policy: 'delivery', attribute: 'gender' }, size).marks, 'end-label') as TextMark[];
    expect(labels.map((l) => l.text)).toEqual(['Women 0.40×', 'Men 1.63×', 'Non-binary 1.00×']);
    const ys = labels.map((l) => l.y).sort((a, b) => a - b);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(12 * 1.15 - 1e-9);
  });

  it('has a data table with one row per day and group', () => {
    const { table } = layoutRoundsRatio(withRounds(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(table.rows).toHaveLength(9);
    expect(table.rows[0]).toEqual(['1', 'Women', '30', '30', '30.0%', '30.0%', '50.0%', '0.60×', '2.00']);
    expect(table.columns).not.toContain('Explored');
  });

  it('reports exploration per day when the learner explored', () => {
    const layout = layoutRoundsRatio(withRounds([0, 25, 30]), { policy: 'delivery', attribute: 'gender' }, size);
    expect(layout.table.columns[layout.table.columns.length - 1]).toBe('Explored');
    expect(layout.notes[1]).toBe('Exploring: 0, 25, 30 people on days 1–3.');
  });

  it('says so when the results have no rounds (a single-round scenario)', () => {
    const layout = layoutRoundsRatio(fixture(), {}, size);
    expect(layout.title).toBe('Run a market scenario to see its rounds');
    expect(layout.table.rows).toHaveLength(0);
  });
});

describe('layoutRoundsShares', () => {
  it('names the group whose impression share and reach share part most on the last day', () => {
    expect(layoutRoundsShares(withRounds(), { policy: 'delivery', attribute: 'gender' }, size).title)
      .toBe('Delivery: on the last day Women had 10.0% of the impressions but are 20.0% of the people reached');
  });

  it('draws per group a dashed impression-share line, a solid reach-share line and a dotted population line', () => {
    const { marks, table } = layoutRoundsShares(withRounds(), { policy: 'delivery', attribute: 'gender' }, size);
    const dashed = marksOf(marks, 'impression-share') as PathMark[];
    expect(dashed).toHaveLength(3);
    expect(dashed.every((m) => m.dash === '6 4')).toBe(true);
    expect((marksOf(marks, 'reach-share') as PathMark[]).every((m) => m.dash === undefined)).toBe(true);
    expect(marksOf(marks, 'population')).toHaveLength(3);
    expect(table.rows[6]).toEqual(['3', 'Women', '10.0%', '20.0%', '50.0%']);
  });
});

describe('spreadLabels', () => {
  it('pushes labels closer than the gap apart, and back inside the bottom', () => {
    expect(spreadLabels([10, 12, 50], 5, 0, 100)).toEqual([10, 15, 50]);
    expect(spreadLabels([97, 95, 96], 5, 0, 100)).toEqual([100, 90, 95]);
  });
});

describe('textColour', () => {
  it('darkens series colours too light for text on white to at least 4.5:1, and keeps the dark ones', async () => {
    const { contrastRatio } = await import('../../src/charts/palette');
    const { textColour } = await import('../../src/charts/rounds/series');
    for (const c of ['#E69F00', '#56B4E9', '#F0E442', '#009E73']) expect(contrastRatio(textColour(c), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(textColour('#0072B2')).toBe('#0072B2');
  });
});

describe('layoutRoundsRatio on a phone', () => {
  it('puts each end label on two lines (name, then ratio) when "name ratio" does not fit beside the plot', () => {
    const labels = marksOf(layoutRoundsRatio(withRounds(), { policy: 'delivery', attribute: 'gender' }, { width: 300, height: 300, fontSize: 12 }).marks, 'end-label') as TextMark[];
    expect(labels.map((l) => l.text)).toEqual(['Women', '0.40×', 'Men', '1.63×', 'Non-binary', '1.00×']);
    expect(labels[1]!.y - labels[0]!.y).toBeCloseTo(12 * 1.15, 9);
  });
});

describe('layoutRoundsPolicies', () => {
  /** The fixture's delivery campaign and a second campaign that reaches women in proportion. */
  function twoCampaigns() {
    const results = withRounds();
    const even = structuredClone(results.rounds!.policies[0]!);
    even.policyId = 'random';
    for (const r of even.rounds) for (const g of r.groups) g.ratio = g.group === 'f' ? 1 : g.ratio;
    results.rounds!.policies.push(even);
    return results;
  }

  it('follows the chosen policy\'s furthest group under every policy, naming the lowest and highest on the last day', () => {
    const layout = layoutRoundsPolicies(twoCampaigns(), { policy: 'delivery', attribute: 'gender' }, size);
    expect(layout.title).toBe('Women after 3 days: 0.40× under Delivery, 1.00× under Random');
    const lines = marksOf(layout.marks, 'series') as PathMark[];
    expect(lines).toHaveLength(2);
    // The chosen policy is drawn thicker.
    expect(lines[0]!.strokeWidth).toBeGreaterThan(lines[1]!.strokeWidth!);
    expect(layout.table.columns).toEqual(['Day', 'Delivery', 'Random']);
    expect(layout.table.rows[2]).toEqual(['3', '0.40×', '1.00×']);
  });
});

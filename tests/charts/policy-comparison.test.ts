import { describe, expect, it } from 'vitest';
import { layoutPolicyComparison } from '../../src/charts/policy-comparison/layout';
import type { CircleMark, TextMark } from '../../src/charts/marks';
import { fixture, marksOf, round1 } from './fixture';

const size = { width: 640, height: 360, fontSize: 12 };

// Plot from x 54 (4.5 × 12) to 628; y from 312 (bottom) up to 26.4. Ratio domain: the lowest
// worst ratio 0.62 / 1.15 to the band's 1.25 × 1.15.
const lo = Math.log(0.62 / 1.15);
const hi = Math.log(1.25 * 1.15);
const y = (v: number) => 312 + ((Math.log(v) - lo) / (hi - lo)) * (26.4 - 312);

describe('layoutPolicyComparison', () => {
  it('names the best policy inside the band and what the better one outside it costs in fairness', () => {
    const layout = layoutPolicyComparison(fixture(), { attribute: 'gender' }, size);
    expect(layout.title).toBe('Of the policies within 0.8–1.25× for Gender, Random gives the most expected conversions (20.00); Delivery does better (40.00) but has Women at 0.62×');
  });

  it('places each policy at (expected conversions, worst-group ratio) and leaves out a policy with no judged group', () => {
    const layout = layoutPolicyComparison(fixture(), { attribute: 'gender' }, size);
    const points = marksOf(layout.marks, 'point') as CircleMark[];
    expect(points).toHaveLength(2);
    // x ticks 0, 10, …, 40: Delivery (40) at the right edge, Random (20) half-way.
    expect([round1(points[0]!.cx), round1(points[0]!.cy)]).toEqual([628, round1(y(0.62))]);
    expect([round1(points[1]!.cx), round1(points[1]!.cy)]).toEqual([341, round1(y(1))]);
    expect(points.map((p) => p.fill)).toEqual(['#0072B2', '#E69F00']);
    const labels = marksOf(layout.marks, 'point-label') as TextMark[];
    expect(labels.map((l) => l.text)).toEqual(['Delivery (Women 0.62)', 'Random (Women 1.00)']);
    expect(labels[0]!.anchor).toBe('end'); // no room to the right of the right-most point
    expect(layout.notes).toEqual(['None is not drawn: no Gender group could be judged.']);
  });

  it('compares cost per conversion when asked, where lower is better', () => {
    const layout = layoutPolicyComparison(fixture(), { attribute: 'gender', x: 'costPerConversion' }, size);
    // Delivery: 400 / 40 = 10; Random: 400 / 20 = 20.
    expect(layout.title).toBe('Of the policies within 0.8–1.25× for Gender, Random has the lowest cost per conversion (20.00); Delivery does better (10.00) but has Women at 0.62×');
    expect(layout.table.rows[0]!.slice(0, 4)).toEqual(['Delivery', '100', '40.00', '10.00']);
  });

  it('with a single policy outside the band, says which comes closest', () => {
    const results = fixture();
    results.policies = [results.policies[0]!];
    const layout = layoutPolicyComparison(results, { attribute: 'gender' }, size);
    expect(layout.title).toBe('No policy keeps every judged Gender group within 0.8–1.25×; Delivery comes closest (Women at 0.62×)');
    expect(marksOf(layout.marks, 'point')).toHaveLength(1);
  });

  it('with every policy inside the band, names the one with the most conversions', () => {
    const results = fixture();
    results.policies = [results.policies[1]!];
    expect(layoutPolicyComparison(results, {}, size).title).toBe('Every policy keeps every judged Gender group within 0.8–1.25×; Random gives the most expected conversions (20.00)');
  });

  it('pushes overlapping labels apart by at least one line', () => {
    const results = fixture();
    const twin = structuredClone(results.policies[0]!);
    twin.id = 'twin';
    twin.label = 'Twin';
    results.policies.push(twin);
    const labels = marksOf(layoutPolicyComparison(results, {}, size).marks, 'point-label') as TextMark[];
    const ys = labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(12 * 1.15 - 1e-9);
  });
});

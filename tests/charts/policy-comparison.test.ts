import { describe, expect, it } from 'vitest';
import { layoutPolicyComparison } from '../../src/charts/policy-comparison/layout';
import type { CircleMark, LineMark, Mark, TextMark } from '../../src/charts/marks';
import type { Box } from '../../src/charts/label-placement';
import { boxInside, boxesIntersect, textBox } from '../../src/charts/label-placement';
import type { Results } from '../../src/core/results/types';
import { fixture, marksOf, round1 } from './fixture';

const size = { width: 640, height: 360, fontSize: 12 };

// Plot from x 54 (4.5 × 12) to 640 − 20.46 (half the estimated width of the last tick label
// "40.00" at 10.8, plus 4.8); y from 312 (bottom) up to 26.4. Ratio domain: the lowest
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
    const right = 640 - (5 * 10.8 * 0.58) / 2 - 4.8;
    expect([round1(points[0]!.cx), round1(points[0]!.cy)]).toEqual([round1(right), round1(y(0.62))]);
    expect([round1(points[1]!.cx), round1(points[1]!.cy)]).toEqual([round1((54 + right) / 2), round1(y(1))]);
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

  it('gives two policies at the same spot labels that do not overlap', () => {
    const results = fixture();
    const twin = structuredClone(results.policies[0]!);
    twin.id = 'twin';
    twin.label = 'Twin';
    results.policies.push(twin);
    const boxes = labelBoxes(layoutPolicyComparison(results, {}, size).marks);
    expect(boxes).toHaveLength(3);
    expectNoOverlap(boxes);
  });

  describe.each([
    ['normal', 12],
    ['large', 18],
  ])('a crowded chart of 8 policies with close values at %s text size', (_name, fontSize) => {
    const crowdedSize = { width: 760, height: 400, fontSize };
    const layout = layoutPolicyComparison(crowded(), { attribute: 'gender' }, crowdedSize);
    const chart = { x0: 0, y0: 0, x1: crowdedSize.width, y1: crowdedSize.height };

    it('draws every policy, with a label or a number, and no two label boxes intersect each other or a point', () => {
      const points = marksOf(layout.marks, 'point') as CircleMark[];
      expect(points).toHaveLength(8);
      const onChart = [...marksOf(layout.marks, 'point-label'), ...marksOf(layout.marks, 'point-number')] as TextMark[];
      expect(onChart).toHaveLength(8);
      const boxes = labelBoxes(layout.marks);
      expectNoOverlap(boxes);
      for (const box of boxes) {
        for (const p of points) {
          const inside = Math.abs(p.cx - (box.x0 + box.x1) / 2) < 1e-6 && Math.abs(p.cy - (box.y0 + box.y1) / 2) < 1e-6;
          if (!inside) expect(boxesIntersect(box, { x0: p.cx - p.r, y0: p.cy - p.r, x1: p.cx + p.r, y1: p.cy + p.r })).toBe(false);
        }
      }
    });

    it('keeps every label box inside the chart, and point labels inside the plot', () => {
      for (const box of labelBoxes(layout.marks)) expect(boxInside(box, chart), JSON.stringify(box)).toBe(true);
      const band = marksOf(layout.marks, 'band')[0] as { x: number; width: number };
      for (const mark of marksOf(layout.marks, 'point-label') as TextMark[]) {
        const box = textBox(mark);
        expect(box.x0).toBeGreaterThanOrEqual(band.x - 1e-9);
        expect(box.x1).toBeLessThanOrEqual(band.x + band.width + 1e-9);
      }
    });

    it('names every numbered policy in the legend under the plot, by its number', () => {
      const numbers = (marksOf(layout.marks, 'point-number') as TextMark[]).map((m) => m.text);
      const legend = (marksOf(layout.marks, 'legend-label') as TextMark[]).map((m) => m.tooltip ?? m.text);
      expect(legend.map((l) => l.split('.')[0])).toEqual(numbers);
      const axisTitle = (marksOf(layout.marks, 'axis-label') as TextMark[]).find((m) => m.anchor === 'middle')!;
      for (const mark of marksOf(layout.marks, 'legend-label') as TextMark[]) expect(textBox(mark).y0).toBeGreaterThan(textBox(axisTitle).y1);
    });
  });

  it('eight policies at one spot: labels that find no room become numbers, named in the legend, all clear of each other', () => {
    const results = crowded();
    for (const p of results.policies) {
      p.totals.expectedConversions = 33;
      p.slices[0]!.groups[0]!.representationRatio = 1.02;
    }
    const layout = layoutPolicyComparison(results, { attribute: 'gender' }, { width: 760, height: 400, fontSize: 18 });
    const numbers = (marksOf(layout.marks, 'point-number') as TextMark[]).map((m) => m.text);
    expect(numbers.length).toBeGreaterThan(0);
    // Points on one spot cannot all show their number; every numbered point is in the legend.
    const legend = (marksOf(layout.marks, 'legend-label') as TextMark[]).map((m) => (m.tooltip ?? m.text).split('.')[0]);
    expect(marksOf(layout.marks, 'point-label').length + legend.length).toBe(8);
    for (const n of numbers) expect(legend).toContain(n);
    expectNoOverlap(labelBoxes(layout.marks));
    for (const box of labelBoxes(layout.marks)) expect(boxInside(box, { x0: 0, y0: 0, x1: 760, y1: 400 })).toBe(true);
  });

  it('leader lines (to labels a line or more from their point) cross no label', () => {
    for (const fontSize of [12, 18]) {
      const layout = layoutPolicyComparison(crowded(), { attribute: 'gender' }, { width: 760, height: 400, fontSize });
      const boxes = labelBoxes(layout.marks);
      for (const l of marksOf(layout.marks, 'leader') as LineMark[]) {
        const lineBox = { x0: Math.min(l.x1, l.x2) - 0.5, x1: Math.max(l.x1, l.x2) + 0.5, y0: Math.min(l.y1, l.y2) + 0.5, y1: Math.max(l.y1, l.y2) - 0.5 };
        for (const box of boxes) expect(boxesIntersect(lineBox, box)).toBe(false);
      }
    }
  });
});

/** The label marks' boxes (point labels, numbers, legend labels), by the layouts' width estimate. */
function labelBoxes(marks: readonly Mark[]): Box[] {
  return ['point-label', 'point-number', 'legend-label'].flatMap((c) => (marksOf(marks, c) as TextMark[]).map(textBox));
}

function expectNoOverlap(boxes: readonly Box[]) {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) expect(boxesIntersect(boxes[i]!, boxes[j]!), `${JSON.stringify(boxes[i])} × ${JSON.stringify(boxes[j])}`).toBe(false);
  }
}

/** 8 policies with long names, conversions from 30 to 37 and worst ratios from 0.9 to 1.1. */
function crowded(): Results {
  const results = fixture();
  const base = results.policies[1]!;
  const names = ['Random (baseline)', 'Platform delivery (clicks per price)', 'Delivery + gender parity', 'Rules: 25–44, career interest', 'Propensity model', 'Lookalike of past applicants', 'Propensity + quota', 'Broad reach'];
  results.policies = names.map((label, i) => {
    const policy = structuredClone(base);
    policy.id = `p${i}`;
    policy.label = label;
    policy.totals.expectedConversions = 30 + ((i * 3) % 8);
    policy.totals.costPerConversion = 400 / policy.totals.expectedConversions;
    const women = policy.slices[0]!.groups[0]!;
    women.representationRatio = 0.9 + ((i * 5) % 8) * 0.028;
    women.verdict = 'within';
    policy.slices[0]!.groups[1]!.representationRatio = 1;
    return policy;
  });
  return results;
}

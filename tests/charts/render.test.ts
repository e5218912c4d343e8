// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/charts/render';
import { layoutReachShare } from '../../src/charts/reach-share/layout';
import { fixture } from './fixture';

const size = { width: 640, height: 360, fontSize: 12 };
const HOSTILE = '<img src=x onerror=alert(1)>';

function hostile() {
  const results = fixture();
  const women = results.policies[0]!.slices[0]!.groups[0]!;
  women.label = HOSTILE;
  return results;
}

describe('renderChart', () => {
  it('draws one SVG element per mark plus a hatch overlay per hatched rect', () => {
    const host = document.createElement('div');
    const layout = layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    const svg = renderChart(host, layout);
    expect(svg.querySelectorAll('g.marks > *')).toHaveLength(layout.marks.length);
    expect(svg.querySelectorAll('rect.bar-reach')).toHaveLength(3);
    expect(svg.querySelectorAll('rect.bar-population')).toHaveLength(3);
  });

  it('gives the SVG role img and an accessible name from the finding', () => {
    const host = document.createElement('div');
    const svg = renderChart(host, layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, size));
    expect(svg.getAttribute('role')).toBe('img');
    const titleId = svg.getAttribute('aria-labelledby')!;
    expect(svg.querySelector(`[id="${titleId}"]`)?.textContent).toBe('Delivery reaches Women at 0.62× their share of the population');
    expect(svg.querySelector('desc')?.textContent).toContain('Paired bars');
  });

  it('writes a hostile label as text and creates no img element', () => {
    const host = document.createElement('div');
    const svg = renderChart(host, layoutReachShare(hostile(), { policy: 'delivery', attribute: 'gender' }, { ...size, width: 2000 }));
    expect(host.querySelector('img')).toBeNull();
    const labels = [...svg.querySelectorAll('text.group-label')].map((t) => t.firstChild?.textContent);
    expect(labels).toContain(HOSTILE);
    expect(svg.querySelector('title')?.textContent).toContain(HOSTILE);
  });

  it('replaces the previous SVG when drawn again', () => {
    const host = document.createElement('div');
    const layout = layoutReachShare(fixture(), { policy: 'delivery', attribute: 'gender' }, size);
    renderChart(host, layout);
    renderChart(host, layout);
    expect(host.querySelectorAll('svg')).toHaveLength(1);
  });
});

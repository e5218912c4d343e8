import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { layoutIntersectionHeatmap } from '../../src/charts/intersection-heatmap/layout';
import type { ChartLayout } from '../../src/charts/marks';
import { chartSvg } from '../../src/report/svg';
import { fixture } from '../charts/fixture';

function parseSvg(text: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(text, 'image/svg+xml') as unknown as Document;
}

describe('chartSvg', () => {
  it('draws every mark of a layout, with a hatch overlay for each hatched rect, title and description', () => {
    const layout = layoutIntersectionHeatmap(fixture(), { policy: 'delivery' }, { width: 600, height: 360 });
    const doc = parseSvg(chartSvg(layout, 'c1'));
    const marks = doc.querySelectorAll('g.marks > *');
    const hatched = layout.marks.filter((m) => m.kind === 'rect' && m.hatch).length;
    expect(hatched).toBeGreaterThan(0);
    expect(marks).toHaveLength(layout.marks.length + hatched);
    expect(doc.querySelectorAll('rect.hatch')).toHaveLength(hatched);
    expect(doc.querySelector('#c1-title')?.textContent).toBe(layout.title);
    expect(doc.querySelector('pattern#c1-hatch')).not.toBeNull();
  });

  it('keeps text from scenario files as text', () => {
    const layout: ChartLayout = {
      width: 100, height: 50, title: 'a <title>', description: 'd & e', table: { caption: '', columns: [], rows: [] }, notes: [],
      marks: [{ kind: 'text', x: 1.234, y: 2, text: '<script>alert(1)</script>', fill: '#000', fontSize: 12, tooltip: '"quoted"' }],
    };
    const text = chartSvg(layout, 'c2');
    expect(text).not.toContain('<script>');
    const doc = parseSvg(text);
    expect(doc.querySelector('g.marks text')?.firstChild?.textContent).toBe('<script>alert(1)</script>');
    expect(doc.querySelector('g.marks text')?.getAttribute('x')).toBe('1.23');
    expect(doc.querySelector('g.marks text title')?.textContent).toBe('"quoted"');
  });
});

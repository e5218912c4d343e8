// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../src/charts';
import type { FgChart } from '../../src/charts/chart-element';
import { escapeXml, standaloneSvg, wrapText } from '../../src/charts/export-context';
import { fixture } from './fixture';

const context = { chart: 'Reach vs population share', title: 'Delivery reaches Women at 0.62× their share', scenario: 'Job ad <A&B>', hash: '0123456789abcdef', policy: 'Delivery', attribute: 'Gender', metric: 'representation ratio' };

describe('standalone exports', () => {
  it('standaloneSvg puts the chart name and finding above the drawing and scenario, policy, attribute, metric and hash below', () => {
    const out = standaloneSvg('<?xml version="1.0"?>\n<svg width="400" height="200"><rect/></svg>', 400, 200, context);
    const doc = new DOMParser().parseFromString(out.text.replace(/^<\?xml[^>]*>\n/, ''), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('REACH VS POPULATION SHARE');
    expect(texts.join(' ')).toContain('Delivery reaches Women at 0.62× their share');
    for (const part of ['Scenario: Job ad <A&B>', 'Policy: Delivery', 'Attribute: Gender', 'Metric: representation ratio', 'Scenario hash 0123456789abcdef'])
      expect(texts.slice(2).some((t) => t?.includes(part)), part).toBe(true);
    // The chart itself is nested below the heading, and the whole is taller than the chart.
    const inner = doc.querySelector('svg svg')!;
    expect(Number(inner.getAttribute('y'))).toBeGreaterThan(30);
    expect(out.height).toBeGreaterThan(200 + Number(inner.getAttribute('y')));
    expect(out.text).toContain('Job ad &lt;A&amp;B&gt;');
  });

  it('wrapText breaks a long finding into lines that fit, keeping every word', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
    expect(escapeXml(`<"'&>`)).toBe('&lt;&quot;&apos;&amp;&gt;');
  });

  it('a chart element’s standalone export carries its own title, the scenario name and hash, and its metric', async () => {
    const element = document.createElement('fg-error-rates-chart') as FgChart;
    element.results = fixture();
    element.policy = 'delivery';
    element.attribute = 'gender';
    document.body.append(element);
    await element.updateComplete;
    const out = element.standaloneExport()!;
    expect(out.text).toContain('ERROR RATES PER GROUP');
    for (const part of ['Scenario: Fixture', 'Policy: Delivery', 'Attribute: Gender', 'Metric: TPR, FPR and precision, with equal-opportunity and equalised-odds differences', 'Scenario hash 0'])
      expect(out.text, part).toContain(part);
    element.remove();
  });
});

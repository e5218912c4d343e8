// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../src/charts';
import type { FgChart } from '../../src/charts/chart-element';
import { serializeSvg } from '../../src/charts/export';
import { fixture } from './fixture';

const HOSTILE = '<img src=x onerror=alert(1)>';
const TAGS = [
  'fg-reach-share-chart',
  'fg-disparity-chart',
  'fg-intersection-chart',
  'fg-policy-comparison-chart',
  'fg-score-distribution-chart',
  'fg-people-chart',
  'fg-error-rates-chart',
];

async function mount(tag: string, results = fixture()): Promise<FgChart> {
  const element = document.createElement(tag) as FgChart;
  element.results = results;
  element.policy = 'delivery';
  element.attribute = 'gender';
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** Every group, policy and category label replaced by a hostile string. */
function hostileResults() {
  const results = fixture();
  for (const policy of results.policies) {
    policy.label = HOSTILE;
    for (const slice of policy.slices) for (const group of slice.groups) group.label = group.label.replace(/^[^·]+/, HOSTILE);
    for (const histogram of policy.scoreHistograms) for (const group of histogram.groups) group.label = HOSTILE;
  }
  for (const attribute of results.attributes) for (const category of attribute.categories) category.label = HOSTILE;
  return results;
}

describe('chart elements', () => {
  it.each(TAGS)('%s draws an SVG with role img (group for the people chart, whose dots are buttons), the finding as its accessible name, and a data table', async (tag) => {
    const element = await mount(tag);
    const root = element.shadowRoot!;
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe(tag === 'fg-people-chart' ? 'group' : 'img');
    const heading = root.querySelector('h3')!.textContent;
    expect(svg.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`)?.textContent).toBe(heading);
    expect(svg.querySelectorAll('g.marks > *').length).toBeGreaterThan(5);
    expect(root.querySelectorAll('details table tbody tr').length).toBeGreaterThan(0);
    // Each button is named after the chart it exports (six charts, six different names), the
    // visible words first so speech input can say them.
    const name = root.querySelector('.name')!.textContent;
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([`Export SVG of ${name}`, `Export PNG of ${name}`]);
    element.remove();
  });

  it.each(TAGS)('%s shows hostile labels as text and creates no img element', async (tag) => {
    const element = await mount(tag, hostileResults());
    const root = element.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
    element.remove();
  });

  it('fg-disparity-chart draws one dot per group with a value', async () => {
    const element = await mount('fg-disparity-chart');
    expect(element.shadowRoot!.querySelectorAll('circle.point')).toHaveLength(3);
    element.remove();
  });

  it('fg-people-chart draws one circle per sampled person', async () => {
    const element = await mount('fg-people-chart');
    expect(element.shadowRoot!.querySelectorAll('circle.dot-reached, circle.dot-unreached')).toHaveLength(8);
    element.remove();
  });

  it('a chart without results says what to do instead of drawing', async () => {
    const element = document.createElement('fg-reach-share-chart') as FgChart;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('svg')).toBeNull();
    expect(element.shadowRoot!.textContent).toContain('Run a scenario to see this chart.');
    element.remove();
  });

  it('large reflects to an attribute and enlarges the chart text', async () => {
    const element = await mount('fg-reach-share-chart');
    const size = () => Number(element.shadowRoot!.querySelector('text.group-label')!.getAttribute('font-size'));
    // 15 CSS px at one SVG unit per pixel; Large text × 1.4.
    expect(size()).toBe(15);
    element.large = true;
    await element.updateComplete;
    expect(element.hasAttribute('large')).toBe(true);
    expect(size()).toBe(21);
    element.remove();
  });

  it('serializeSvg gives a standalone SVG document with the namespace and the marks', async () => {
    const element = await mount('fg-intersection-chart');
    const text = serializeSvg(element.svgElement!);
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text.match(/class="cell"/g)).toHaveLength(6);
    element.remove();
  });
});

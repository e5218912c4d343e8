// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../src/charts';
import type { FgChart } from '../../src/charts/chart-element';
import { fixture } from './fixture';
import { withRounds } from './rounds-fixture';

async function mount(tag: string, results = withRounds()): Promise<FgChart> {
  const element = document.createElement(tag) as FgChart;
  element.results = results;
  element.policy = 'delivery';
  element.attribute = 'gender';
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe('the rounds chart elements', () => {
  it.each(['fg-rounds-ratio-chart', 'fg-rounds-shares-chart'])('%s draws an SVG named by its finding, and a data table with a row per day and group', async (tag) => {
    const element = await mount(tag);
    const root = element.shadowRoot!;
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`)?.textContent).toBe(root.querySelector('h3')!.textContent);
    expect(svg.querySelectorAll('path').length).toBeGreaterThanOrEqual(3);
    expect(root.querySelectorAll('details table tbody tr')).toHaveLength(9);
    element.remove();
  });

  it('fg-rounds-policies-chart draws one line per campaign and a table with a row per day', async () => {
    const element = await mount('fg-rounds-policies-chart');
    const root = element.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).toBe('Women over 3 days under every policy');
    expect(root.querySelectorAll('svg path').length).toBeGreaterThanOrEqual(1);
    expect(root.querySelectorAll('details table tbody tr')).toHaveLength(3);
    element.remove();
  });

  it('shows hostile group labels as text', async () => {
    const results = withRounds();
    results.attributes[0]!.categories[0]!.label = '<img src=x onerror=alert(1)>';
    const element = await mount('fg-rounds-ratio-chart', results);
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(element.shadowRoot!.querySelector('h3')!.textContent).toContain('<img src=x');
    element.remove();
  });

  it('says what to run when the results have no rounds', async () => {
    const element = await mount('fg-rounds-ratio-chart', fixture());
    expect(element.shadowRoot!.querySelector('h3')!.textContent).toBe('Run a market scenario to see its rounds');
    element.remove();
  });
});

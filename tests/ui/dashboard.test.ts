// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/charts';
import '../../src/ui/app/register';
import type { DashboardSelection } from '../../src/ui/dashboard';
import type { FgPolicyComparisonChart } from '../../src/charts/policy-comparison/element';
import { standInResults } from './stand-in-results';

async function fixture() {
  const dashboard = document.createElement('fg-dashboard');
  dashboard.results = standInResults();
  const changes: DashboardSelection[] = [];
  dashboard.addEventListener('selection-change', (e) => changes.push((e as CustomEvent<DashboardSelection>).detail));
  document.body.append(dashboard);
  await dashboard.chartsDrawn();
  return { dashboard, changes };
}

afterEach(() => document.body.replaceChildren());

describe('fg-dashboard policy comparison axis', () => {
  it('the "Across" select switches the comparison chart to cost per conversion and reports it', async () => {
    const { dashboard, changes } = await fixture();
    const chart = dashboard.shadowRoot!.querySelector<FgPolicyComparisonChart>('fg-policy-comparison-chart')!;
    expect(chart.x).toBe('conversions');
    const select = dashboard.shadowRoot!.querySelector<HTMLSelectElement>('#comparison-x')!;
    // A labelled control: its label names what it changes.
    expect(select.closest('label')?.textContent).toContain('Across');
    expect([...select.options].map((o) => o.value)).toEqual(['conversions', 'costPerConversion']);
    select.value = 'costPerConversion';
    select.dispatchEvent(new Event('change'));
    await dashboard.chartsDrawn();
    expect(chart.x).toBe('costPerConversion');
    expect(chart.shadowRoot!.querySelector('svg')?.textContent).toContain('Cost per expected conversion');
    expect(changes.at(-1)).toEqual({ policy: '', comparePolicy: '', attribute: '', comparisonX: 'costPerConversion', column: '', highlight: '' });
  });
});

// @vitest-environment happy-dom
/** The round-by-round charts appear in the dashboard for a market scenario's results only. */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/charts';
import '../../src/ui/app/register';
import type { Results } from '../../src/core/results/types';
import { fixture as chartFixture } from '../charts/fixture';
import { withRounds } from '../charts/rounds-fixture';

async function mount(results: Results) {
  const dashboard = document.createElement('fg-dashboard');
  dashboard.results = results;
  dashboard.policy = 'delivery';
  document.body.append(dashboard);
  await dashboard.chartsDrawn();
  return dashboard;
}

afterEach(() => document.body.replaceChildren());

describe('fg-dashboard and the rounds', () => {
  it('shows the ratio-over-rounds and impressions-vs-reach charts for results with rounds, for the chosen policy', async () => {
    const dashboard = await mount(withRounds());
    const ratio = dashboard.shadowRoot!.querySelector<HTMLElement & { policy: string }>('fg-rounds-ratio-chart');
    expect(ratio?.policy).toBe('delivery');
    expect(ratio?.closest('section')?.querySelector('h2')?.textContent).toBe('Day by day, who falls behind?');
    expect(ratio?.shadowRoot?.querySelector('h3')?.textContent).toMatch(/^Delivery: Women falls from 0\.60×/);
    expect(dashboard.shadowRoot!.querySelector('fg-rounds-shares-chart')).not.toBeNull();
  });

  it('shows neither for a single-round scenario', async () => {
    const dashboard = await mount(chartFixture());
    expect(dashboard.shadowRoot!.querySelector('fg-rounds-ratio-chart')).toBeNull();
    expect(dashboard.shadowRoot!.querySelector('fg-rounds-shares-chart')).toBeNull();
    expect(dashboard.shadowRoot!.querySelector('fg-reach-share-chart')).not.toBeNull();
  });
});

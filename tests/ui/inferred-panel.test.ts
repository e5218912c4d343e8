// @vitest-environment happy-dom
/** The dashboard's "What the estimate gets wrong" panel, on a run of the BISG fixture. */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/charts';
import '../../src/ui/app/register';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import type { Results } from '../../src/core/results';
import { bisgScenario } from '../inference/bisg-fixture';
import { standInResults } from './stand-in-results';

async function shown(results: Results) {
  const dashboard = document.createElement('fg-dashboard');
  dashboard.results = results;
  document.body.append(dashboard);
  await dashboard.chartsDrawn();
  return dashboard.shadowRoot!;
}

afterEach(() => document.body.replaceChildren());

describe('inferred-attribute panel', () => {
  it('shows, for the selected policy, each group\'s ratio by the truth and by both estimates, and flags a large error', async () => {
    const s = bisgScenario(20_000);
    const { results } = await runScenario(s, new LocalRunner(s));
    const root = await shown(results);
    const panel = root.querySelector('section.inferred')!;
    expect(panel.querySelector('h2')?.textContent).toContain('What the estimate gets wrong · race (inferred) · g1-only');
    const rows = [...panel.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    const b = results.inferred![0]!.policies[0]!.groups[1]!;
    expect(rows.map((r) => r[0])).toEqual(['a', 'b']);
    // b: reached none by the estimate, so its ratio is 0 and the error is minus the true ratio.
    expect(rows[1]![1]).toBe(`${b.ratio!.toFixed(2)}×`);
    expect(rows[1]![2]).toBe('0.00×');
    expect(rows[1]![3]).toBe(`−${b.ratio!.toFixed(2)} too low`);
    expect(panel.textContent).toContain('surname and geo');
  });

  it('is absent when the scenario infers nothing', async () => {
    const root = await shown(standInResults());
    expect(root.querySelector('section.inferred')).toBeNull();
  });
});

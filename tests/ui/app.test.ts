// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/app/register';
import type { EnginePort } from '../../src/ui/run/engine-port';
import type { Scenario } from '../../src/core/scenario/types';
import { standInResults } from './stand-in-results';

/** An engine that answers every run at once with the stand-in results, and records the scenarios. */
function instantEngine() {
  const scenarios: Scenario[] = [];
  const engine: EnginePort = {
    run: async (scenario) => {
      scenarios.push(scenario);
      return { results: standInResults() };
    },
    dispose() {},
  };
  return { engine, scenarios };
}

async function fixture() {
  const { engine, scenarios } = instantEngine();
  const app = document.createElement('fg-app');
  app.engineFactory = () => engine;
  document.body.append(app);
  await app.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await app.updateComplete;
  const dashboard = app.shadowRoot!.querySelector('fg-dashboard')!;
  await dashboard.updateComplete;
  return { app, dashboard, scenarios };
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('fg-app', () => {
  it('opens on the default scenario and runs it at once', async () => {
    const { app, dashboard, scenarios } = await fixture();
    expect(scenarios.map((s) => s.name)).toEqual(['Warehouse supervisor job ad']);
    expect(app.shadowRoot!.querySelector('h1')?.textContent).toBe('Warehouse supervisor job ad');
    expect(dashboard.shadowRoot!.querySelector('#findings-title')?.textContent).toBe('Findings · Skewed');
    expect(app.shadowRoot!.querySelector('[role=status][aria-live=polite]')?.textContent).toContain('worst Women (Gender) excluded at 0.60');
  });

  it('the policy selector switches the findings to that policy', async () => {
    const { dashboard } = await fixture();
    const select = dashboard.shadowRoot!.querySelector<HTMLSelectElement>('#policy-select')!;
    select.value = 'even';
    select.dispatchEvent(new Event('change'));
    await dashboard.updateComplete;
    expect(dashboard.shadowRoot!.querySelector('#findings-title')?.textContent).toBe('Findings · Even');
    expect(dashboard.shadowRoot!.querySelector('.all-within')?.textContent).toContain('All 2 judged groups are within');
  });

  it('an invalid scenario keeps the last results, marks them stale and disables Run', async () => {
    const { app, dashboard, scenarios } = await fixture();
    app.setScenarioText('{ "format": "fairground.scenario" ');
    await app.updateComplete;
    await dashboard.updateComplete;
    const controls = app.shadowRoot!.querySelector('fg-run-controls')!;
    await controls.updateComplete;
    expect(dashboard.results?.scenario.name).toBe('Stand-in');
    expect(dashboard.shadowRoot!.querySelector('.stale')?.textContent).toContain('last valid scenario');
    expect(controls.shadowRoot!.querySelector<HTMLButtonElement>('#run')?.disabled).toBe(true);
    expect(scenarios).toHaveLength(1);
  });

  it('the size box sets population.size; above the auto-run limit nothing runs until Run', async () => {
    const { app, scenarios } = await fixture();
    const controls = app.shadowRoot!.querySelector('fg-run-controls')!;
    controls.dispatchEvent(new CustomEvent('size-change', { detail: { size: 1_000_000 }, bubbles: true, composed: true }));
    await app.updateComplete;
    expect(app.check.scenario?.population.size).toBe(1_000_000);
    await new Promise((r) => setTimeout(r, 400));
    expect(scenarios).toHaveLength(1);
    controls.shadowRoot!.querySelector<HTMLButtonElement>('#run')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(scenarios.map((s) => s.population.size)).toEqual([100_000, 1_000_000]);
  });
});

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

  it('a new size keeps a share budget without a note, and a people budget says the campaign changes shape', async () => {
    const { app } = await fixture();
    const controls = app.shadowRoot!.querySelector('fg-run-controls')!;
    const resize = async (size: number) => {
      controls.dispatchEvent(new CustomEvent('size-change', { detail: { size }, bubbles: true, composed: true }));
      await app.updateComplete;
    };
    const before = app.notice;
    await resize(150_000);
    expect(app.notice).toBe(before);
    const draft = JSON.parse(app.text) as { campaign: { budget: unknown } };
    draft.campaign.budget = { kind: 'reach', people: 10_000 };
    app.setScenarioText(JSON.stringify(draft));
    await resize(50_000);
    expect(app.notice).toBe('50,000 people: the reach budget stays 10,000 people, 20% of the population instead of 6.7%: the campaign changes shape (a budget "share" of the eligible would keep it).');
  });

  it('an fg-what-if event applies the edit once and runs once; one that changes nothing runs nothing', async () => {
    const { app, scenarios } = await fixture();
    const runs = scenarios.length;
    app.dispatchEvent(new CustomEvent('fg-what-if', { detail: { kind: 'set-budget', share: 0.2 }, bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 300));
    expect(scenarios).toHaveLength(runs + 1);
    expect(scenarios.at(-1)?.campaign.budget).toEqual({ kind: 'reach', share: 0.2 });
    app.dispatchEvent(new CustomEvent('fg-what-if', { detail: { kind: 'set-budget', share: 0.2 }, bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 300));
    expect(scenarios).toHaveLength(runs + 1);
    expect(app.notice).toBe('The budget is already 20% of the eligible. Nothing to run.');
    app.dispatchEvent(new CustomEvent('fg-what-if', { detail: { kind: 'no-such-thing' }, bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 300));
    expect(scenarios).toHaveLength(runs + 1);
  });
});

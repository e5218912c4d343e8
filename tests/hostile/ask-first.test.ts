// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactiveControllerHost } from 'lit';
import '../../src/ui/app/register';
import { mustParseScenario } from '../../src/core/scenario';
import { scenarioToLink, scenarioToFileText } from '../../src/core/scenario/share';
import type { Scenario } from '../../src/core/scenario/types';
import type { EnginePort } from '../../src/ui/run/engine-port';
import { RunController } from '../../src/ui/run/run-controller';
import { standInResults } from '../ui/stand-in-results';
import { baseScenario, tenMillionPeople } from './hostile-scenarios';

const host: ReactiveControllerHost = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };

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

const settle = async (app: HTMLElement & { updateComplete: Promise<boolean> }) => {
  await app.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await app.updateComplete;
};

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('RunController: runs above the interactive budget ask first', () => {
  it('run of ten million people waits with its estimate until it is confirmed', async () => {
    const { engine, scenarios } = instantEngine();
    const c = new RunController(host, () => engine);
    const big = mustParseScenario(tenMillionPeople());
    await c.run(big);
    expect(scenarios).toHaveLength(0);
    expect(c.awaiting?.people).toBe(10_000_000);
    await c.run(big, { confirmed: true });
    expect(scenarios).toHaveLength(1);
    expect(c.awaiting).toBeUndefined();
  });

  it('run of a small scenario starts at once', async () => {
    const { engine, scenarios } = instantEngine();
    const c = new RunController(host, () => engine);
    await c.run(mustParseScenario(baseScenario()));
    expect(scenarios).toHaveLength(1);
    expect(c.awaiting).toBeUndefined();
  });
});

describe('fg-app: a large scenario from a link or a file does not run on open', () => {
  it('a share link of ten million people opens, shows the estimate and runs only on Run', async () => {
    history.replaceState(null, '', scenarioToLink(tenMillionPeople() as never));
    const { engine, scenarios } = instantEngine();
    const app = document.createElement('fg-app');
    app.engineFactory = () => engine;
    document.body.append(app);
    await settle(app);
    expect(scenarios).toHaveLength(0);
    const controls = app.shadowRoot!.querySelector('fg-run-controls')!;
    await controls.updateComplete;
    const notice = controls.shadowRoot!.querySelector('.confirm')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(notice).toBe('Large run, not started: 10,000,000 people × 4 passes (40.0 million person-passes), ≈ 510 MB in memory, 2 groups × 2 policies, models up to 2 parameters. Press Run to start it.');
    controls.shadowRoot!.querySelector<HTMLButtonElement>('#run')!.click();
    await settle(app);
    expect(scenarios.map((s) => s.population.size)).toEqual([10_000_000]);
  });

  it('a file (or preset) of ten million people loaded with runNow waits too', async () => {
    const { engine, scenarios } = instantEngine();
    const app = document.createElement('fg-app');
    app.engineFactory = () => engine;
    document.body.append(app);
    await settle(app);
    const before = scenarios.length;
    app.setScenarioText(scenarioToFileText(tenMillionPeople() as never), { runNow: true });
    await settle(app);
    expect(scenarios).toHaveLength(before);
    expect(app.runs.awaiting?.people).toBe(10_000_000);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/sweep/register';
import type { FgSweepPanel } from '../../src/ui/sweep/sweep-panel';
import { BROWSER_SWEEP_LIMIT, checkSweep } from '../../src/ui/sweep/sweep-draft';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import type { Scenario } from '../../src/core/scenario';
import type { EnginePort } from '../../src/ui/run/engine-port';
import { smallSweepScenario } from './fixture';
import type { RunProgress } from '../../src/core/engine/run';

/** The engine the panel sees, running in-process on one LocalRunner (so people are reused). */
function localEngine(gate?: Promise<void>): EnginePort & { runs: number } {
  let runner: LocalRunner | undefined;
  const engine = {
    runs: 0,
    async run(scenario: Scenario, options: { signal?: AbortSignal; onProgress?: (p: RunProgress) => void }) {
      engine.runs++;
      if (gate) await gate;
      runner ??= new LocalRunner(scenario);
      return runScenario(scenario, runner, options);
    },
    dispose() {},
  };
  return engine;
}

function smallScenario(): Scenario {
  const s = smallSweepScenario();
  s.population.size = 1500;
  s.history.size = 300;
  s.sweep = { grid: 'product', parameters: [{ path: 'campaign.budget.people', name: 'budget', values: [100, 200, 400] }] };
  return s;
}

async function panelWith(scenario: Scenario, engine: EnginePort): Promise<FgSweepPanel> {
  const panel = document.createElement('fg-sweep-panel');
  panel.engineFactory = () => engine;
  panel.scenario = scenario;
  document.body.append(panel);
  await panel.updateComplete;
  return panel;
}

const $ = <T extends Element>(panel: FgSweepPanel, selector: string) => panel.shadowRoot!.querySelector<T>(selector)!;

afterEach(() => document.body.replaceChildren());

describe('<fg-sweep-panel>', () => {
  it("shows the scenario's own sweep with its work, runs it, and keeps the CLI's tables", async () => {
    const engine = localEngine();
    const panel = await panelWith(smallScenario(), engine);
    expect($<HTMLTextAreaElement>(panel, '#sweep-text').value).toContain('"campaign.budget.people"');
    expect($(panel, '.work').textContent).toBe('3 points, 1 population to generate, 18,000 person-policy evaluations');
    $<HTMLButtonElement>(panel, '#sweep-run').click();
    await expect.poll(() => panel.sweeps.status).toBe('done');
    await panel.updateComplete;
    expect($(panel, '#sweep-status').textContent).toBe('Done: 3 points');
    const outcome = panel.sweeps.outcome!;
    expect(outcome.rows).toHaveLength(12); // 3 points × 4 policies
    expect(outcome.policiesCsv.trim().split('\n')).toHaveLength(13);
    expect(panel.shadowRoot!.querySelectorAll('#sweep-table tbody tr')).toHaveLength(12);
    expect(panel.shadowRoot!.querySelector('fg-sweep-frontier-chart')).not.toBeNull();
  });

  it('Cancel stops a running sweep and says how far it got', async () => {
    let open!: () => void;
    const engine = localEngine(new Promise<void>((resolve) => (open = resolve)));
    const panel = await panelWith(smallScenario(), engine);
    $<HTMLButtonElement>(panel, '#sweep-run').click();
    await panel.updateComplete;
    expect(panel.sweeps.status).toBe('running');
    $<HTMLButtonElement>(panel, '#sweep-cancel').click();
    open();
    await expect.poll(() => panel.sweeps.status).toBe('cancelled');
    await panel.updateComplete;
    expect($(panel, '#sweep-status').textContent).toBe('Cancelled after 0 of 3 points');
    expect(panel.sweeps.outcome).toBeUndefined();
  });

  it('edits elsewhere in the scenario keep the typed sweep; a new sweep section replaces it', async () => {
    const panel = await panelWith(smallScenario(), localEngine());
    const typed = '{ "parameters": [{ "path": "seed", "values": [1, 2] }] }';
    panel.text = typed;
    const edited = smallScenario();
    edited.name = 'Renamed';
    panel.scenario = edited;
    await panel.updateComplete;
    expect(panel.text).toBe(typed);
    const other = smallScenario();
    other.sweep = { grid: 'product', parameters: [{ path: 'seed', values: [7] }] };
    panel.scenario = other;
    await panel.updateComplete;
    expect(panel.text).toContain('7');
  });

  it('refuses grids bigger than the browser runs, and sends them to the CLI', () => {
    const scenario = smallScenario();
    const values = Array.from({ length: BROWSER_SWEEP_LIMIT.points + 1 }, (_, i) => i + 1);
    const check = checkSweep(scenario, JSON.stringify({ parameters: [{ path: 'campaign.budget.people', values }] }));
    expect(check.plan).toBeUndefined();
    expect(check.issues[0]!.message).toMatch(/^201 points, 1 population to generate, .*: more than the browser runs \(200 points, 400 million evaluations\); run it with `fairground sweep`$/);
  });
});

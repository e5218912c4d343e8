import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import type { Seed } from '../../src/core/random/stream';
import { resultsToJson } from '../../src/core/results/json';
import type { Scenario } from '../../src/core/scenario';
import { planSweep, runOrder, runSweepPoints, sweepTables } from '../../src/core/sweep';
import type { PointOutput } from '../../src/core/sweep';
import { smallSweepScenario } from './fixture';

/** A LocalRunner that counts how often it had to generate people. */
class CountingRunner extends LocalRunner {
  generated = 0;
  override async load(scenario: Scenario, seed: Seed): Promise<boolean> {
    const kept = await super.load(scenario, seed);
    if (!kept) this.generated++;
    return kept;
  }
}

function smallPlan() {
  const scenario = smallSweepScenario();
  scenario.population.size = 2000;
  scenario.history.size = 400;
  scenario.sweep = { grid: 'product', parameters: [{ path: 'seed', values: [1, 2] }, { path: 'campaign.budget.people', name: 'budget', values: [100, 300, 900] }] };
  const r = planSweep(scenario);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

describe('runSweepPoints', () => {
  it('in run order, generates each population once: 6 points over 2 seeds generate twice', async () => {
    const plan = smallPlan();
    const runner = new CountingRunner(plan.points[0]!.scenario);
    const outputs: PointOutput[] = [];
    await runSweepPoints(runOrder(plan.points).map((i) => plan.points[i]!), (s, o) => runScenario(s, runner, o), { onPoint: (out) => void outputs.push(out) });
    expect(runner.generated).toBe(plan.work.populations);
    expect(runner.generated).toBe(2);
    expect(outputs.map((o) => o.point.id)).toEqual(['p0000', 'p0001', 'p0002', 'p0003', 'p0004', 'p0005']);
    // Each point's results are those of running its scenario alone, from scratch.
    const alone = await runScenario(plan.points[4]!.scenario, new LocalRunner(plan.points[4]!.scenario));
    expect(outputs[4]!.json).toBe(resultsToJson(alone.results));
    const tables = sweepTables(['seed', 'budget'], outputs.map((o) => ({ point: o.point, results: o.results })));
    expect(tables.policies).toBe(tables.policies.split('\n')[0] + '\n' + outputs.map((o) => o.policiesRows).join(''));
  });

  it('stops at the next point when the signal aborts, with an AbortError', async () => {
    const plan = smallPlan();
    const runner = new LocalRunner(plan.points[0]!.scenario);
    const abort = new AbortController();
    let done = 0;
    const run = runSweepPoints(plan.points, (s, o) => runScenario(s, runner, o), {
      signal: abort.signal,
      onPoint: () => {
        if (++done === 2) abort.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(done).toBe(2);
  });
});

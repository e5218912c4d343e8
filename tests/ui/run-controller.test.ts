import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../src/core/scenario/types';
import { mustParseScenario } from '../../src/core/scenario/parse';
import { AUTO_RUN_LIMIT, DEBOUNCE_MS, RunController, TYPING_PAUSE_MS } from '../../src/ui/run/run-controller';
import type { EnginePort } from '../../src/ui/run/engine-port';
import { progressLine } from '../../src/ui/run/engine-port';
import defaultScenario from '../../scenarios/default.json';
import { standInResults } from './stand-in-results';

const host: ReactiveControllerHost = {
  addController() {},
  removeController() {},
  requestUpdate() {},
  updateComplete: Promise.resolve(true),
};

function withSize(size: number): Scenario {
  const s = mustParseScenario(defaultScenario);
  return { ...s, population: { ...s.population, size } };
}

/** An engine whose runs finish only when the test says so. */
function manualEngine() {
  const runs: { scenario: Scenario; signal: AbortSignal | undefined; finish: (ok: boolean) => void }[] = [];
  const engine: EnginePort = {
    run: (scenario, { signal }) =>
      new Promise((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(Object.assign(new Error('cancelled'), { name: 'AbortError' })));
        runs.push({ scenario, signal, finish: (ok) => (ok ? resolve({ results: standInResults() }) : reject(new Error('worker exploded'))) });
      }),
    dispose() {},
  };
  return { engine, runs };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('RunController', () => {
  it('scenarioChanged debounces: three quick edits start one run, after the quiet time', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    c.scenarioChanged(withSize(1000));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    c.scenarioChanged(withSize(2000));
    c.scenarioChanged(withSize(3000));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs.map((r) => r.scenario.population.size)).toEqual([3000]);
  });

  it('edits during a run do not abort it: the latest of them runs once when it ends', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    c.scenarioChanged(withSize(1000));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(runs).toHaveLength(1);
    c.scenarioChanged(withSize(2000));
    c.scenarioChanged(withSize(3000));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.signal?.aborted).toBe(false);
    runs[0]!.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs.map((r) => r.scenario.population.size)).toEqual([1000, 3000]);
    expect(c.results).toBeDefined();
    runs[1]!.finish(true);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(runs).toHaveLength(2);
    expect(c.status).toBe('done');
  });

  it('cancel during a run also drops the edits waiting for it', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    c.scenarioChanged(withSize(1000));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    c.scenarioChanged(withSize(2000));
    c.cancel();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(runs).toHaveLength(1);
    expect(c.status).toBe('cancelled');
  });

  it('scenarioChanged above the auto-run limit waits for run()', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    c.scenarioChanged(withSize(AUTO_RUN_LIMIT + 1));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(runs).toHaveLength(0);
    expect(c.stale).toBe(true);
    void c.run();
    expect(runs.map((r) => r.scenario.population.size)).toEqual([AUTO_RUN_LIMIT + 1]);
  });

  it('cancel aborts the running engine call and keeps the last good results', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    const first = c.run(withSize(1000));
    runs[0]!.finish(true);
    await first;
    const good = c.results;
    expect(c.status).toBe('done');
    const second = c.run(withSize(2000));
    c.cancel();
    await second;
    expect(runs[1]!.signal?.aborted).toBe(true);
    expect(c.status).toBe('cancelled');
    expect(c.results).toBe(good);
  });

  it('a failed run reports its message and keeps the last good results', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    const first = c.run(withSize(1000));
    runs[0]!.finish(true);
    await first;
    const second = c.run(withSize(2000));
    runs[1]!.finish(false);
    await second;
    expect(c.status).toBe('error');
    expect(c.error).toBe('worker exploded');
    expect(c.results?.scenario.name).toBe('Stand-in');
    expect(c.resultsScenario?.population.size).toBe(1000);
  });

  it('a new run aborts the previous one, whose late result is ignored', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    const first = c.run(withSize(1000));
    const second = c.run(withSize(2000));
    expect(runs[0]!.signal?.aborted).toBe(true);
    runs[1]!.finish(true);
    await Promise.all([first, second]);
    expect(c.status).toBe('done');
    expect(c.resultsScenario?.population.size).toBe(2000);
  });
});

describe('progressLine', () => {
  it('names the stage and the policy being run, with the fraction kept within 0…1', () => {
    expect(progressLine({ stage: 'policy', fraction: 0.5, policy: 'delivery' })).toEqual({ stage: 'policy: delivery', fraction: 0.5 });
    expect(progressLine({ stage: 'generate', fraction: 0.75, replicate: 2 })).toEqual({ stage: 'generate', fraction: 0.75 });
    expect(progressLine({ stage: 'done', fraction: 7 })).toEqual({ stage: 'done', fraction: 1 });
    expect(progressLine({ stage: 'metrics', fraction: NaN })).toEqual({ stage: 'metrics', fraction: undefined });
  });

  it('scenarioChanged to a scenario that needs no run (every feature ticked instead of the default, a new story) starts no run', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    const s = withSize(1000);
    void c.run(s);
    runs[0]!.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.runsStarted).toBe(1);
    const delivery = s.policies.find((p) => p.type === 'delivery');
    if (!delivery || !('useProtected' in delivery)) throw new Error('the default scenario has a delivery policy');
    const allFeatures = s.population.attributes.filter((a) => !a.protected).map((a) => a.id);
    const same: Scenario = { ...s, description: 'edited', policies: s.policies.map((p) => (p === delivery ? { ...delivery, features: allFeatures } : p)) };
    c.scenarioChanged(same);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(runs).toHaveLength(1);
    expect(c.stale).toBe(false);
    expect(c.status).toBe('done');
    c.scenarioChanged({ ...same, policies: same.policies.map((p) => (p.id === delivery.id ? { ...delivery, features: allFeatures.slice(1) } : p)) });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(runs).toHaveLength(2);
  });

  it('scenarioChanged with the typing pause waits that long: a half-typed valid value is not run', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    c.scenarioChanged(withSize(1000), TYPING_PAUSE_MS);
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1);
    c.scenarioChanged(withSize(10_000), TYPING_PAUSE_MS);
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs.map((r) => r.scenario.population.size)).toEqual([10_000]);
  });

  it('after a cancelled run, going back to the cancelled scenario runs it: only finished results count as nothing changed', async () => {
    const { engine, runs } = manualEngine();
    const c = new RunController(host, () => engine);
    void c.run(withSize(1000));
    runs[0]!.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    void c.run(withSize(2000));
    c.cancel();
    await vi.advanceTimersByTimeAsync(0);
    c.scenarioChanged(withSize(1000));
    expect(c.status).toBe('done'); // back to the scenario on screen: its results are current
    c.scenarioChanged(withSize(2000));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(runs.map((r) => r.scenario.population.size)).toEqual([1000, 2000, 2000]);
    c.scenarioChanged(withSize(2000));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    // The same scenario as the run in progress: no second run queued.
    runs[2]!.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(3);
    c.scenarioChanged(withSize(2000));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(runs).toHaveLength(3);
  });
});

/**
 * Learning over rounds keeps the engine's guarantees: the feedback-loop preset (resized to 70,000
 * people, three chunks, four rounds) gives byte-identical results.json in-process and on 1 or 2
 * worker threads — retraining sums merge in chunk order, exploration and Thompson draws come from
 * streams keyed by (seed, policy, round, chunk) — and leaves no training rows behind in the chunks.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { loadPreset } from '../../src/core/presets';
import { resultsToJson } from '../../src/core/results/json';
import type { Scenario } from '../../src/core/scenario/types';
import type { Engine } from '../../workers/engine-client';
import { createNodeEngine } from '../../workers/node-engine';

const preset = loadPreset('market-feedback-loop');
const scenario: Scenario = { ...preset, population: { ...preset.population, size: 70_000 }, market: { ...preset.market!, rounds: 4 } };

describe('learning over rounds, on any number of workers', () => {
  const engines: Engine[] = [];
  afterAll(() => engines.forEach((e) => e.dispose()));
  let reference = '';

  it('in-process: the learners retrain and explore, and drop their masks and training rows after each fit', async () => {
    const runner = new LocalRunner(scenario);
    const { results } = await runScenario(scenario, runner);
    const explore = results.rounds!.policies.find((p) => p.policyId === 'explore')!.rounds;
    expect(explore.slice(1).every((r) => (r.exploration ?? 0) > 0)).toBe(true);
    // Retraining changed the targeting: the greedy and Thompson learners' days differ from the frozen model's.
    const ratios = (id: string) => results.rounds!.policies.find((p) => p.policyId === id)!.rounds.map((r) => r.groups[1]!.ratio);
    expect(ratios('greedy')).not.toEqual(ratios('frozen'));
    expect(ratios('thompson')).not.toEqual(ratios('greedy'));
    const left = runner.states.flatMap((s) => s.store.names().filter((k) => k.includes('learnfit:')));
    expect(left).toEqual([]);
    reference = resultsToJson(results);
  }, 120_000);

  it.each([1, 2])('on %i worker(s) gives byte-identical results.json', async (workers) => {
    const engine = createNodeEngine({ workers });
    engines.push(engine);
    const { results } = await engine.run(scenario);
    expect(resultsToJson(results)).toBe(reference);
  }, 120_000);

  it('is cancelled in the middle of the rounds (the learners pass the signal to every chunk task)', async () => {
    const controller = new AbortController();
    const run = runScenario(scenario, new LocalRunner(scenario), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'market' && p.round === 1) queueMicrotask(() => controller.abort());
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  }, 120_000);
});

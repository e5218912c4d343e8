import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { resultsToJson } from '../../src/core/results/json';
import type { Scenario } from '../../src/core/scenario';
import { createNodeEngine } from '../../workers/node-engine';
import type { Engine } from '../../workers/engine-client';
import { defaultScenario } from './fixtures';

// The default scenario at 100k people: four chunks, six policies, three audited attributes and an
// intersection. results.json holds no timings, so its text must match byte for byte.
const scenario = defaultScenario(100_000);

async function localJson(s: Scenario, replicates?: number): Promise<string> {
  const { results } = await runScenario(s, new LocalRunner(s), { replicates });
  return resultsToJson(results);
}

describe('runScenario on workers', () => {
  let reference = '';
  const engines: Engine[] = [];
  beforeAll(async () => {
    reference = await localJson(scenario);
  }, 120_000);
  afterAll(() => engines.forEach((e) => e.dispose()));

  it.each([1, 2, 4])('engine.run with %i workers gives results.json byte-identical to the in-process LocalRunner', async (workers) => {
    const engine = createNodeEngine({ workers });
    engines.push(engine);
    const { results, timings } = await engine.run(scenario);
    expect(engine.counts.spawned).toBe(workers);
    expect(results.policies).toHaveLength(6);
    expect(timings.total).toBeGreaterThan(0);
    expect(resultsToJson(results)).toBe(reference);
  }, 120_000);

  it('engine.run of a small population whole in one worker (singleWorkerChunks) is byte-identical, then a larger one spreads again', async () => {
    const engine = createNodeEngine({ workers: 2, singleWorkerChunks: 4 });
    engines.push(engine);
    const stages: string[] = [];
    const { results, timings } = await engine.run(scenario, { onProgress: (p) => stages.push(p.stage) });
    expect(engine.counts.spawned).toBe(1);
    expect(timings.total).toBeGreaterThan(0);
    expect(stages[0]).toBe('generate');
    expect(stages.at(-1)).toBe('done');
    expect(resultsToJson(results)).toBe(reference);
    const csv: string[] = [];
    for await (const text of engine.peopleCsv('delivery', { rows: 40_000 })) csv.push(text);
    expect(csv.join('').split('\n').length).toBe(40_002);
    const larger = defaultScenario(140_000);
    const spread = await engine.run(larger);
    expect(engine.counts.spawned).toBe(2);
    expect(resultsToJson(spread.results)).toBe(await localJson(larger));
    const again = await engine.run(scenario);
    expect(resultsToJson(again.results)).toBe(reference);
  }, 120_000);

  it('engine.run with 3 replicates on 2 workers matches the LocalRunner and carries a spread', async () => {
    const small = defaultScenario(40_000);
    const expected = await localJson(small, 3);
    const engine = createNodeEngine({ workers: 2 });
    engines.push(engine);
    const { results } = await engine.run(small, { replicates: 3 });
    expect(results.replicates).toBe(3);
    expect(results.policies[0]?.spread?.reached).toBeDefined();
    expect(resultsToJson(results)).toBe(expected);
  }, 120_000);

  it('engine.run after a budget change reuses the workers and their people, and matches a fresh LocalRunner run', async () => {
    const engine = createNodeEngine({ workers: 2 });
    engines.push(engine);
    const small = defaultScenario(40_000);
    await engine.run(small);
    const cheaper = defaultScenario(40_000, { campaign: { budget: { kind: 'reach', people: 1_500 } } });
    const progress: string[] = [];
    const { results } = await engine.run(cheaper, { onProgress: (p) => progress.push(p.stage) });
    expect(engine.counts.spawned).toBe(2);
    expect(results.policies[0]?.totals.reached).toBe(1_500);
    expect(progress[0]).toBe('generate');
    expect(resultsToJson(results)).toBe(await localJson(cheaper));
  }, 120_000);
});

/**
 * The JIT warm-up (core/engine/warm-up.ts, workers/warm-up-runner.ts): the scenario shrunk to one
 * chunk keeps its campaign's shape and is a valid scenario, and an engine that warms its workers up
 * first gives byte-identical results to one that does not — the warm-up leaves nothing behind.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { warmUpScenario, WARM_UP_PEOPLE } from '../../src/core/engine/warm-up';
import { resultsToJson } from '../../src/core/results/json';
import { mustParseScenario, parseScenario } from '../../src/core/scenario';
import type { Scenario } from '../../src/core/scenario';
import { createNodeEngine } from '../../workers/node-engine';
import { spawnNodeWorker } from '../../workers/spawn-node';
import { WorkerRunner } from '../../workers/worker-runner';
import { generate } from '../../src/core/population/generate-task';
import { ping } from '../../src/core/engine/ping-task';
import type { Engine } from '../../workers/engine-client';
import { defaultScenario } from './fixtures';

const PRESETS = readdirSync(new URL('../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

function preset(file: string, size: number): Scenario {
  const doc = JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8')) as { population: { size: number } };
  return mustParseScenario({ ...doc, population: { ...doc.population, size } });
}

describe('warmUpScenario', () => {
  it('shrinks the population to one small chunk and the history, budget, sample and thresholds by the same factor', () => {
    const big = defaultScenario(1_000_000, {
      history: { size: 50_000 },
      campaign: { budget: { kind: 'reach', people: 30_000 } },
      audit: { minGroupSize: 500, minCount: 50 },
    });
    const small = warmUpScenario(big)!;
    expect(small.population.size).toBe(WARM_UP_PEOPLE);
    // × 2,000 / 1,000,000 = × 0.002: 50,000 → 100, 30,000 → 60, 500 → 1, 50 → 0.1 → at least 1.
    expect(small.history.size).toBe(100);
    expect(small.campaign.budget).toEqual({ kind: 'reach', people: 60 });
    expect(small.audit).toMatchObject({ minGroupSize: 1, minCount: 1, replicates: 1 });
    expect(small.seed).toBe(big.seed);
    expect(small.population.attributes).toBe(big.population.attributes);
    // The scenario itself is left as it was.
    expect(big.population.size).toBe(1_000_000);
    expect(big.history.size).toBe(50_000);
  });

  it('keeps a share budget and scales a spend budget', () => {
    const share = defaultScenario(500_000, { campaign: { budget: { kind: 'reach', share: 0.1 } } });
    expect(warmUpScenario(share)!.campaign.budget).toEqual({ kind: 'reach', share: 0.1 });
    const spend = defaultScenario(500_000, { campaign: { budget: { kind: 'spend', amount: 40_000 } } });
    expect(warmUpScenario(spend)!.campaign.budget).toEqual({ kind: 'spend', amount: 160 });
  });

  it('has no warm-up for a population no larger than it, or for a market scenario', () => {
    expect(warmUpScenario(defaultScenario(WARM_UP_PEOPLE))).toBeUndefined();
    expect(warmUpScenario(preset('market-budget-effect.json', 1_000_000))).toBeUndefined();
  });

  it.each(PRESETS)('of %s at 1,000,000 people is a valid scenario (or none)', (file) => {
    const small = warmUpScenario(preset(file, 1_000_000));
    if (small) expect(parseScenario(small).ok).toBe(true);
  });
});

describe('WorkerRunner.warmUp', () => {
  const scenario = preset('default.json', 70_000);

  it('runs the warm-up copy on one scratch chunk in every worker and leaves their own chunks as they were', async () => {
    const r = new WorkerRunner(spawnNodeWorker, 2);
    try {
      await r.load(scenario, scenario.seed);
      await r.map(generate, {});
      const seen: { size: number; chunks: number; pinged: number[] }[] = [];
      await r.warmUp(scenario, async (small, runner) => {
        await runner.load(small, small.seed);
        await runner.map(generate, {});
        seen.push({ size: small.population.size, chunks: runner.chunkCount, pinged: await runner.map(ping, {}) });
      });
      expect(seen).toEqual([{ size: WARM_UP_PEOPLE, chunks: 1, pinged: [0] }]);
      expect(r.workerCount).toBe(2);
      expect(await r.map(ping, {})).toEqual([0, 1, 2]);
      expect(await r.load(scenario, scenario.seed)).toBe(true);
    } finally {
      r.terminate();
    }
  });

  it('drops a warm-up that fails: the workers live on and the run that follows works', async () => {
    const r = new WorkerRunner(spawnNodeWorker, 2);
    try {
      await r.warmUp(scenario, async (small, runner) => {
        await runner.load(small, small.seed);
        await runner.map(ping, {}); // no people yet: fine
        await runner.mapOne(ping, {}, 1); // there is no chunk 1
      });
      expect(r.alive).toBe(true);
      expect(r.workerCount).toBe(2);
      await r.load(scenario, scenario.seed);
      expect(await r.map(ping, {})).toEqual([0, 1, 2]);
    } finally {
      r.terminate();
    }
  });
});

describe('an engine that warms up its fresh workers', () => {
  const engines: Engine[] = [];
  afterAll(() => engines.forEach((e) => e.dispose()));
  const engine = (warmUpChunks?: number) => {
    const e = createNodeEngine({ workers: 2, warmUpChunks });
    engines.push(e);
    return e;
  };

  it.each(['default.json', 'job-ad-delivery.json', 'lookalike-neighbourhood.json', 'fairness-tradeoff.json'])(
    'gives results.json byte-identical to a cold engine (%s, 70,000 people: 3 chunks)',
    async (file) => {
      const scenario = preset(file, 70_000);
      const cold = await engine().run(scenario);
      const warmed = engine(1);
      const warm = await warmed.run(scenario);
      expect(resultsToJson(warm.results)).toBe(resultsToJson(cold.results));
      // The next run on the same (already warm) workers reuses their people as ever.
      const again = await warmed.run(scenario);
      expect(resultsToJson(again.results)).toBe(resultsToJson(cold.results));
      expect(warmed.counts.spawned).toBe(2);
    },
    120_000,
  );

  it('with replicates, and its warm-up time counted in the run\'s total', async () => {
    const scenario = preset('default.json', 70_000);
    const cold = await engine().run(scenario, { replicates: 2 });
    const warm = await engine(1).run(scenario, { replicates: 2 });
    expect(resultsToJson(warm.results)).toBe(resultsToJson(cold.results));
    expect(cold.timings.warmUp).toBeUndefined();
    expect(warm.timings.warmUp).toBeGreaterThan(0);
    expect(warm.timings.total).toBeGreaterThan(warm.timings.warmUp!);
  }, 120_000);
});

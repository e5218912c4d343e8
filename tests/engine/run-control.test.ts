import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import NodeWorker from 'web-worker';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../workers/engine-client';
import type { Engine } from '../../workers/engine-client';
import { createNodeEngine } from '../../workers/node-engine';
import { defaultScenario } from './fixtures';

const engines: Engine[] = [];
function track(engine: Engine): Engine {
  engines.push(engine);
  return engine;
}
afterEach(() => engines.splice(0).forEach((e) => e.dispose()));

describe('engine run control', () => {
  it('engine.run rejects with an AbortError when cancelled mid-run, terminates every worker, and the next run works', async () => {
    const engine = track(createNodeEngine({ workers: 2 }));
    const scenario = defaultScenario(100_000);
    const controller = new AbortController();
    const stages: string[] = [];
    const run = engine.run(scenario, {
      signal: controller.signal,
      onProgress: (p) => {
        stages.push(p.stage);
        if (p.stage === 'policy') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(stages).toContain('generate');
    expect(engine.liveWorkers).toBe(0);
    expect(engine.counts.terminated).toBe(engine.counts.spawned);
    await vi.waitFor(() => expect(engine.counts.exited).toBe(2));

    const { results } = await engine.run(scenario);
    expect(results.policies).toHaveLength(6);
    expect(engine.counts.spawned).toBe(4);
  }, 120_000);

  it('a run whole in one worker (singleWorkerChunks) is cancelled the same way and fails with the task message', async () => {
    const engine = track(createNodeEngine({ workers: 2, singleWorkerChunks: 4 }));
    const controller = new AbortController();
    const run = engine.run(defaultScenario(100_000), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'policy') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(engine.liveWorkers).toBe(0);
    expect(engine.counts.terminated).toBe(engine.counts.spawned);

    const spawn = () => new NodeWorker(new URL('./failing-generate.worker.mjs', import.meta.url), { type: 'module' });
    const failing = track(createEngine({ workers: 2, spawn, singleWorkerChunks: 4 }));
    await expect(failing.run(defaultScenario(100_000))).rejects.toThrow('task "generate" failed on chunk 1: the generator ran out of people');
    expect(failing.liveWorkers).toBe(0);
    expect(failing.counts.terminated).toBe(failing.counts.spawned);
  }, 120_000);

  it('engine.run rejects with the failing task, chunk and message, and leaves no worker behind', async () => {
    const spawn = () => new NodeWorker(new URL('./failing-generate.worker.mjs', import.meta.url), { type: 'module' });
    const engine = track(createEngine({ workers: 2, spawn }));
    await expect(engine.run(defaultScenario(100_000))).rejects.toThrow(
      'task "generate" failed on chunk 1: the generator ran out of people',
    );
    expect(engine.liveWorkers).toBe(0);
    expect(engine.counts.terminated).toBe(2);
    await vi.waitFor(() => expect(engine.counts.exited).toBe(2));
  });

  it('engine.run twenty times in a row does not grow the heap of the coordinator or of the workers', async () => {
    // --expose-gc set at runtime reaches this isolate through a fresh context and the workers
    // through their new isolates.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const engine = track(createNodeEngine({ workers: 2 }));
    const budgets = [500, 700];
    const heaps: { main: number; workers: number }[] = [];
    for (let i = 0; i < 20; i++) {
      const scenario = defaultScenario(33_000, { campaign: { budget: { kind: 'reach', people: budgets[i % 2] } } });
      await engine.run(scenario);
      gc();
      const workers = (await engine.workerHeaps(true)).reduce<number>((a, b) => a + (b ?? 0), 0);
      heaps.push({ main: process.memoryUsage().heapUsed, workers });
    }
    expect(engine.counts.spawned).toBe(2);
    expect(heaps[0]!.workers).toBeGreaterThan(0);
    // After warm-up (run 5), twenty runs may not add more than 8 MB to either side; one run of
    // this scenario allocates far more than that, so a per-run leak would show.
    const warm = heaps[4]!;
    const last = heaps[19]!;
    expect(last.main - warm.main).toBeLessThan(8e6);
    expect(last.workers - warm.workers).toBeLessThan(8e6);
  }, 180_000);
});

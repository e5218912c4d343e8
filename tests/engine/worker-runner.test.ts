import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_SIZE } from '../../src/core/population/chunk';
import { spawnNodeWorker } from '../../workers/spawn-node';
import { WorkerRunner } from '../../workers/worker-runner';
import { defaultScenario } from './fixtures';
import { generate } from '../../src/core/population/generate-task';
import { ping } from '../../src/core/engine/ping-task';

// Six chunks: the last one is a single person, so blocks are uneven for 4 workers.
const sixChunks = defaultScenario(5 * CHUNK_SIZE + 1);
const runners: WorkerRunner[] = [];

function runner(workers: number): WorkerRunner {
  const r = new WorkerRunner(spawnNodeWorker, workers);
  runners.push(r);
  return r;
}

afterEach(() => {
  for (const r of runners.splice(0)) r.terminate();
});

describe('WorkerRunner', () => {
  it.each([1, 2, 4])('map("ping") with %i workers returns every chunk index in chunk order', async (workers) => {
    const r = runner(workers);
    await r.load(sixChunks, sixChunks.seed);
    expect(r.chunkCount).toBe(6);
    expect(r.workerCount).toBe(workers);
    expect(await r.map(ping, {})).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await r.mapOne(ping, {}, 4)).toBe(4);
  });

  it('load keeps the generated people for the same population and seed, and drops them for another seed', async () => {
    const r = runner(2);
    expect(await r.load(sixChunks, sixChunks.seed)).toBe(false);
    await r.map(generate, {});
    expect(await r.load(sixChunks, sixChunks.seed)).toBe(true);
    const cheaper = defaultScenario(5 * CHUNK_SIZE + 1, { campaign: { budget: { kind: 'reach', people: 50 } } });
    expect(await r.load(cheaper, cheaper.seed)).toBe(true);
    expect(await r.load(sixChunks, 'another seed')).toBe(false);
  });

  it('map rejects with the task, chunk and message of a failing chunk and terminates every worker', async () => {
    const r = runner(3);
    await r.load(sixChunks, sixChunks.seed);
    await expect(r.map(ping, { fail: 3 })).rejects.toThrow('task "ping" failed on chunk 3: chunk 3 failed on purpose');
    expect(r.alive).toBe(false);
    expect(r.workerCount).toBe(0);
    expect(r.counts.terminated).toBe(3);
    await vi.waitFor(() => expect(r.counts.exited).toBe(3));
    await expect(r.map(ping, {})).rejects.toThrow('failed on purpose');
  });

  it('map rejects with an AbortError and terminates every worker when its signal aborts mid-task', async () => {
    const big = defaultScenario(40 * CHUNK_SIZE);
    const r = runner(2);
    await r.load(big, big.seed);
    const controller = new AbortController();
    const pending = r.map(generate, {}, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(r.counts.terminated).toBe(2);
    await vi.waitFor(() => expect(r.counts.exited).toBe(2));
  });

  it('map rejects with an AbortError when the signal had already aborted, and the workers stay usable', async () => {
    const r = runner(1);
    await r.load(sixChunks, sixChunks.seed);
    const controller = new AbortController();
    controller.abort();
    await expect(r.map(ping, {}, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(r.alive).toBe(true);
    expect(await r.map(ping, {})).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

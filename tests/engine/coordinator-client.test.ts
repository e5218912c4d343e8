/**
 * The page's side of the browser engine (workers/coordinator-client.ts) against a stand-in
 * coordinator worker in Node: results and progress come through, a task error rejects with its
 * message and keeps the warm coordinator, a cancel terminates the coordinator (in a browser its
 * nested chunk workers go with it: tests/e2e/engine-workers.test.ts) and the next run starts a new one.
 */
import NodeWorker from 'web-worker';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoordinatorEngine } from '../../workers/coordinator-client';
import type { Scenario } from '../../src/core/scenario';

const started: Worker[] = [];
const spawn = () => {
  const w = new NodeWorker(new URL('./fake-coordinator.worker.mjs', import.meta.url), { type: 'module' }) as unknown as Worker;
  started.push(w);
  return w;
};
const scenario = (name: string) => ({ name }) as unknown as Scenario;
const engines: CoordinatorEngine[] = [];
const engine = () => {
  const e = new CoordinatorEngine(spawn, { workers: 2, singleWorkerChunks: 4 });
  engines.push(e);
  return e;
};
afterEach(() => {
  engines.splice(0).forEach((e) => e.dispose());
  started.splice(0);
});

describe('CoordinatorEngine (the page side of the browser engine)', () => {
  it('runs on one coordinator kept between runs, with progress, the setup and the chunk-worker counts', async () => {
    const e = engine();
    const progress: unknown[] = [];
    const first = await e.run(scenario('a'), { onProgress: (p) => progress.push(p) });
    const second = await e.run(scenario('b'));
    expect(first.results).toMatchObject({ name: 'a', runs: 1, setup: { workers: 2, singleWorkerChunks: 4 } });
    expect(second.results).toMatchObject({ name: 'b', runs: 2 });
    expect(progress).toEqual([{ stage: 'generate', fraction: 0 }]);
    expect(started).toHaveLength(1);
    expect(e.counts.spawned).toBe(2);
    expect(e.liveWorkers).toBe(2);
    const csv: string[] = [];
    for await (const piece of e.peopleCsv('random')) csv.push(piece);
    expect(csv.join('')).toBe('id,selected\n0,1\n');
  });

  it('a failing run rejects with the task message and keeps the coordinator for the next run', async () => {
    const e = engine();
    await expect(e.run(scenario('fail'))).rejects.toThrow('task "generate" failed on chunk 1: the generator ran out of people');
    await expect(e.run(scenario('ok'))).resolves.toMatchObject({ results: { name: 'ok', runs: 2 } });
    expect(started).toHaveLength(1);
  });

  it('a cancel rejects with an AbortError at once, terminates the coordinator, and the next run starts a new one', async () => {
    const e = engine();
    await e.run(scenario('warm'));
    const controller = new AbortController();
    const closed = vi.fn();
    started[0]?.addEventListener('close', closed);
    const run = e.run(scenario('hang'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await vi.waitFor(() => expect(closed).toHaveBeenCalled());
    expect(e.liveWorkers).toBe(0);
    expect(e.counts.terminated).toBe(2);
    await expect(e.peopleCsv('random')[Symbol.asyncIterator]().next()).rejects.toThrow('run a scenario before exporting people');
    await expect(e.run(scenario('again'))).resolves.toMatchObject({ results: { name: 'again', runs: 1 } });
    expect(started).toHaveLength(2);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/run-command';
import { CliError } from '../../src/cli/io';
import { ping } from '../../src/core/engine/ping-task';
import { CHUNK_SIZE } from '../../src/core/population/chunk';
import { createEngine } from '../../workers/engine-client';
import type { Engine } from '../../workers/engine-client';
import { startWorker, WorkerStartFailure, WorkerStartTimeout } from '../../workers/spawn';
import type { SpawnWorker } from '../../workers/spawn';
import { spawnNodeWorker } from '../../workers/spawn-node';
import { WorkerRunner } from '../../workers/worker-runner';
import { collectIo } from '../cli/cli-io';
import { defaultScenario } from './fixtures';

/**
 * A worker that never says READY (as the stuck workers of a heavily loaded machine did), or exits
 * before it does. It records whether it was terminated and keeps no thread.
 */
class SilentWorker extends EventTarget {
  terminated = false;
  constructor(private readonly exits = false) {
    super();
    if (exits) setTimeout(() => this.dispatchEvent(new Event('close')), 5);
  }
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

/**
 * A spawner whose n-th worker (from 0) is a silent fake where `silent(n)`, else a real engine worker;
 * `firstMessage` resolves at each real worker's first message (its READY).
 */
function spawner(silent: (n: number) => boolean): { spawn: SpawnWorker; fakes: SilentWorker[]; firstMessage: Promise<unknown>[] } {
  const fakes: SilentWorker[] = [];
  const firstMessage: Promise<unknown>[] = [];
  const spawn: SpawnWorker = () => {
    if (!silent(fakes.length + firstMessage.length)) {
      const worker = spawnNodeWorker();
      firstMessage.push(new Promise((ready) => worker.addEventListener('message', ready)));
      return worker;
    }
    const fake = new SilentWorker();
    fakes.push(fake);
    return fake as unknown as Worker;
  };
  return { spawn, fakes, firstMessage };
}
const stuckFirst = (silent: number) => spawner((n) => n < silent);

const sixChunks = defaultScenario(5 * CHUNK_SIZE + 1);
const runners: WorkerRunner[] = [];
const engines: Engine[] = [];
afterEach(() => {
  for (const r of runners.splice(0)) r.terminate();
  for (const e of engines.splice(0)) e.dispose();
});

describe('startWorker always settles and leaves no worker behind when it fails', () => {
  it('a worker that never says READY is terminated after readyWithinMs, with WorkerStartTimeout', async () => {
    const fake = new SilentWorker();
    const started = performance.now();
    const start = startWorker(() => fake as unknown as Worker, { readyWithinMs: 40 });
    await expect(start).rejects.toBeInstanceOf(WorkerStartTimeout);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(fake.terminated).toBe(true);
  });

  it('a worker that exits before READY rejects at once, not at the timeout', async () => {
    const fake = new SilentWorker(true);
    await expect(startWorker(() => fake as unknown as Worker, { readyWithinMs: 60_000 })).rejects.toThrow('the engine worker exited before it started');
    expect(fake.terminated).toBe(true);
  });

  it('a cancel (the runner terminated) terminates the starting worker with the cancel reason', async () => {
    const fake = new SilentWorker();
    let cancel!: (reason: unknown) => void;
    const cancelled = new Promise((_, reject) => (cancel = reject));
    const start = startWorker(() => fake as unknown as Worker, { readyWithinMs: 60_000, cancel: cancelled });
    cancel(new Error('the engine was disposed'));
    await expect(start).rejects.toThrow('the engine was disposed');
    expect(fake.terminated).toBe(true);
  });
});

describe('WorkerRunner starts a worker that did not answer once more, then fails with one clear line', () => {
  it('a stuck first worker is replaced: the runner works, and counts show the extra spawn', async () => {
    const { spawn, fakes } = stuckFirst(1);
    const r = new WorkerRunner(spawn, 2, undefined, 3_000);
    runners.push(r);
    await r.load(sixChunks, sixChunks.seed);
    expect(await r.map(ping, {})).toEqual([0, 1, 2, 3, 4, 5]);
    expect(fakes[0]?.terminated).toBe(true);
    expect(r.counts).toMatchObject({ spawned: 3, terminated: 1 });
  }, 30_000);

  it('workers that never answer, twice each, fail the load with WorkerStartFailure and none is left', async () => {
    const { spawn, fakes } = stuckFirst(Infinity);
    const r = new WorkerRunner(spawn, 2, undefined, 30);
    runners.push(r);
    const load = r.load(sixChunks, sixChunks.seed);
    await expect(load).rejects.toBeInstanceOf(WorkerStartFailure);
    await expect(load).rejects.toThrow('an engine worker did not start: no answer within 0.03 s, twice (is the machine overloaded?)');
    expect(r.alive).toBe(false);
    // The other worker's second try is cancelled with the runner, or timed out itself: either way terminated.
    await new Promise((done) => setTimeout(done, 100));
    expect(fakes.length).toBeGreaterThanOrEqual(3);
    expect(fakes.every((f) => f.terminated)).toBe(true);
    expect(r.counts.terminated).toBe(r.counts.spawned);
  });

  it('terminating the runner while its workers start terminates them at once (a refused run exits at once)', async () => {
    const { spawn, fakes } = stuckFirst(Infinity);
    const r = new WorkerRunner(spawn, 2, undefined, 60_000);
    const prestart = r.prestart(2);
    r.terminate();
    await expect(prestart).rejects.toThrow('the engine was disposed');
    await new Promise((done) => setTimeout(done, 0));
    expect(fakes.map((f) => f.terminated)).toEqual([true, true]);
    expect(r.counts).toMatchObject({ spawned: 2, terminated: 2 });
  });

  it('terminating the runner after one worker is ready and while another starts terminates both (a refused run exits)', async () => {
    // The hang seen with `fairground run` of a 400 MB file: the refusal disposed the engine between
    // the first worker's READY and the second's, and the first, not yet among the runner's handles, lived on.
    const { spawn, fakes, firstMessage } = spawner((n) => n === 1);
    const r = new WorkerRunner(spawn, 2, undefined, 60_000);
    const prestart = r.prestart(2);
    await firstMessage[0];
    await new Promise((done) => setTimeout(done, 10));
    r.terminate();
    await expect(prestart).rejects.toThrow('the engine was disposed');
    expect(fakes[0]?.terminated).toBe(true);
    expect(r.counts).toMatchObject({ spawned: 2, terminated: 2 });
    await vi.waitFor(() => expect(r.counts.exited).toBe(1));
  }, 30_000);
});

describe('a run whose first worker did not answer', () => {
  it('gives the same results as a run whose workers all started at once', async () => {
    const scenario = defaultScenario(3 * CHUNK_SIZE);
    const plain = createEngine({ spawn: spawnNodeWorker, workers: 2 });
    const { spawn } = stuckFirst(1);
    const retried = createEngine({ spawn, workers: 2, workerReadyWithinMs: 3_000 });
    engines.push(plain, retried);
    const [a, b] = [await plain.run(scenario), await retried.run(scenario)];
    expect(JSON.stringify(b.results)).toBe(JSON.stringify(a.results));
    expect(retried.counts.spawned).toBe(3);
  }, 60_000);

  it('fairground run fails with one line when no worker answers, and does not wait for them again after the prestart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairground-start-'));
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify(defaultScenario(2_000)));
    let engine: Engine | undefined;
    const { spawn } = stuckFirst(Infinity);
    const make = () => (engine = createEngine({ spawn, workers: 2, workerReadyWithinMs: 30 }));
    const failed = runCommand(collectIo(), file, { out: join(dir, 'out') }, make);
    await expect(failed).rejects.toBeInstanceOf(CliError);
    await expect(failed).rejects.toThrow('an engine worker did not start: no answer within 0.03 s, twice (is the machine overloaded?)');
    // The prestart's two workers, each tried twice; the run reported their failure without starting more.
    expect(engine?.counts.spawned).toBe(4);
  });
});

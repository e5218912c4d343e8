/**
 * Node's engine worker without the `web-worker` package (workers/node-worker.ts on the client side,
 * workers/worker-scope.ts in the thread): messages both ways with transferred buffers, listeners
 * that are removed stop hearing, a crash is an `error` event with its message, and a thread that
 * ends (or is terminated) dispatches `close` — what spawn.ts and worker-runner.ts rely on.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { NodeWorker } from '../../workers/node-worker';
import { errorEventMessage, startWorker } from '../../workers/spawn';
import { spawnCoordinatingNodeWorker, spawnNodeWorker } from '../../workers/spawn-node';
import type { EngineWorkerApi } from '../../workers/worker-protocol';
import { defaultScenario } from './fixtures';

const fixture = (name: string) => pathToFileURL(join(import.meta.dirname, name));

function next(worker: NodeWorker, type: string): Promise<unknown> {
  return new Promise((resolve) => {
    const listener = (event: unknown) => {
      worker.removeEventListener(type, listener);
      resolve(event);
    };
    worker.addEventListener(type, listener);
  });
}

describe('NodeWorker and the worker scope', () => {
  it('carries messages both ways, transfers buffers, and a removed listener hears nothing more', async () => {
    const worker = new NodeWorker(fixture('scope-echo.worker.mjs'), 'test');
    expect(await next(worker, 'message')).toEqual({ type: 'message', data: 'ready' });
    const buffer = new Uint8Array([1, 2, 3]).buffer;
    const reply = next(worker, 'message');
    worker.postMessage({ buffer }, [buffer]);
    expect(buffer.byteLength).toBe(0);
    const { data } = (await reply) as { data: { sum: number; self: boolean; buffer: ArrayBuffer } };
    expect(data.sum).toBe(6);
    expect(data.self).toBe(true);
    expect(data.buffer.byteLength).toBe(3);

    let heard = 0;
    const counting = () => heard++;
    worker.addEventListener('message', counting);
    worker.removeEventListener('message', counting);
    const closed = next(worker, 'close');
    worker.postMessage({ buffer: new ArrayBuffer(1) });
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toBe(0);
    worker.terminate();
    expect(await closed).toEqual({ type: 'close' });
  });

  it('reports a crash as an error event with its message, then close', async () => {
    const worker = new NodeWorker(fixture('scope-crash.worker.mjs'), 'test');
    const error = next(worker, 'error');
    const closed = next(worker, 'close');
    expect(errorEventMessage(await error)).toBe('the thread failed');
    await closed;
  });
});

describe('the two Node engine workers (the built ones: vitest sets FAIRGROUND_NODE_WORKER)', () => {
  it("a tasks-only worker (the CLI's) refuses runAll with one clear message; a coordinating one runs the scenario", async () => {
    const scenario = defaultScenario(3000);
    const tasksOnly = await startWorker(spawnNodeWorker);
    const coordinating = await startWorker(spawnCoordinatingNodeWorker);
    try {
      await expect(Comlink.wrap<EngineWorkerApi>(tasksOnly).runAll(scenario, 1, false)).rejects.toThrow('this engine worker runs chunk tasks only');
      const output = await Comlink.wrap<EngineWorkerApi>(coordinating).runAll(scenario, 1, false);
      expect(output.results.populationSize).toBe(3000);
    } finally {
      tasksOnly.terminate();
      coordinating.terminate();
    }
  });
});

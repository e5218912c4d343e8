/** The engine on Node worker threads, for the CLI and the benchmark (never imported by the app). */
import { createEngine } from './engine-client';
import type { Engine, EngineOptions } from './engine-client';
import { nodeWorkerCount, spawnCoordinatingNodeWorker, spawnNodeWorker } from './spawn-node';

/** Workers that run small populations whole (`singleWorkerChunks`) carry the coordinator; the CLI's do not. */
export function createNodeEngine(options: Pick<EngineOptions, 'workers' | 'singleWorkerChunks' | 'warmUpChunks'> = {}): Engine {
  const spawn = (options.singleWorkerChunks ?? 0) > 0 ? spawnCoordinatingNodeWorker : spawnNodeWorker;
  return createEngine({ ...options, workers: options.workers ?? nodeWorkerCount(), spawn });
}

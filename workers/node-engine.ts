/** The engine on Node worker threads, for the CLI and the benchmark (never imported by the app). */
import { createEngine } from './engine-client';
import type { Engine, EngineOptions } from './engine-client';
import { nodeWorkerCount, spawnNodeWorker } from './spawn-node';

export function createNodeEngine(options: Pick<EngineOptions, 'workers' | 'singleWorkerChunks' | 'warmUpChunks'> = {}): Engine {
  return createEngine({ ...options, workers: options.workers ?? nodeWorkerCount(), spawn: spawnNodeWorker });
}

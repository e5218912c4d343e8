/** The engine on Node worker threads, for the CLI and the benchmark (never imported by the app). */
import { createEngine } from './engine-client';
import type { Engine } from './engine-client';
import { nodeWorkerCount, spawnNodeWorker } from './spawn-node';

export function createNodeEngine(options: { workers?: number; singleWorkerChunks?: number } = {}): Engine {
  return createEngine({ workers: options.workers ?? nodeWorkerCount(), spawn: spawnNodeWorker, singleWorkerChunks: options.singleWorkerChunks });
}

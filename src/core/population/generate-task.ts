/** The engine's `generate` task: each chunk generates and keeps its own people. */
import type { ChunkState } from '../engine/runner';
import { CHUNK_SIZE } from './chunk';
import { generateChunk } from './generate-chunk';

export function generate(state: ChunkState, _args: Record<string, never>): { size: number } {
  const start = state.index * CHUNK_SIZE;
  const size = Math.min(CHUNK_SIZE, state.scenario.population.size - start);
  if (!(size > 0)) throw new Error(`chunk ${state.index} is outside a population of ${state.scenario.population.size}`);
  state.chunk = generateChunk(state.scenario, state.seed, { index: state.index, start, size });
  return { size };
}

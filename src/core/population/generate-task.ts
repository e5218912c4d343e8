/** The engine's `generate` task: each chunk generates and keeps its own people. */
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { NoArgs } from '../engine/chunk-task';
import { CHUNK_SIZE } from './chunk';
import { generateChunk } from './generate-chunk';

export const generate = chunkTask('generate', generatePeople);

function generatePeople(state: ChunkState, _args: NoArgs): { size: number } {
  const start = state.index * CHUNK_SIZE;
  const size = Math.min(CHUNK_SIZE, state.scenario.population.size - start);
  if (!(size > 0)) throw new Error(`chunk ${state.index} is outside a population of ${state.scenario.population.size}`);
  state.chunk = generateChunk(state.scenario, state.seed, { index: state.index, start, size });
  return { size };
}

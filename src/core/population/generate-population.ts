/** Every chunk of a population, generated in this thread: for tests, small runs and the CLI's checks. */
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import type { PopulationChunk } from './chunk';
import { chunkSpans } from './chunk';
import { generateChunk } from './generate-chunk';

export function generatePopulation(scenario: Scenario, seed: Seed = scenario.seed): PopulationChunk[] {
  return chunkSpans(scenario.population.size).map((span) => generateChunk(scenario, seed, span));
}

/** Builds small valid scenarios for population tests: only the parts under test vary. */
import type { PopulationChunk } from '../../src/core/population';
import { generatePopulation } from '../../src/core/population';
import type { Scenario } from '../../src/core/scenario';
import { mustParseScenario } from '../../src/core/scenario';

export function scenarioWith(population: { size: number; attributes: unknown[] }, behaviour: Record<string, unknown> = {}, seed: string | number = 'test-seed'): Scenario {
  return mustParseScenario({
    format: 'fairground.scenario',
    version: 1,
    name: 'population test',
    seed,
    population,
    behaviour: { conversion: { base: 0.05 }, ...behaviour },
    history: { size: 1 },
    campaign: { budget: { kind: 'reach', people: 1 } },
    policies: [{ id: 'random', type: 'random' }],
  });
}

/** Every person's value of `pick`, flattened into one Float64Array. */
export function flat(chunks: PopulationChunk[], pick: (c: PopulationChunk) => ArrayLike<number>): Float64Array {
  const out = new Float64Array(chunks.reduce((n, c) => n + c.size, 0));
  let at = 0;
  for (const c of chunks) {
    const a = pick(c);
    for (let i = 0; i < c.size; i++) out[at++] = a[i]!;
  }
  return out;
}

export function generateFlat(scenario: Scenario) {
  const chunks = generatePopulation(scenario);
  return {
    chunks,
    codes: (id: string) => flat(chunks, (c) => c.codes[id]!),
    values: (id: string) => flat(chunks, (c) => c.values[id]!),
    observed: (id: string) => flat(chunks, (c) => c.observed[id]!),
    column: (pick: (c: PopulationChunk) => ArrayLike<number>) => flat(chunks, pick),
  };
}

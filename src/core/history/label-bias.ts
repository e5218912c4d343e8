/**
 * Label bias of the past campaign: a converter is recorded as one with probability
 * Π over attributes of labelBias[attribute][category] (missing = 1), so some groups' successes go
 * unrecorded and models trained on the history learn that those groups convert less.
 */
import type { PopulationChunk } from '../population/chunk';
import type { Scenario } from '../scenario/types';
import { own } from '../records/own';

/** Probability, per person of the chunk, that their conversion is recorded. */
export function recordProbability(scenario: Scenario, chunk: PopulationChunk): Float64Array {
  const p = new Float64Array(chunk.size).fill(1);
  for (const [attributeId, byCategory] of Object.entries(scenario.history.labelBias)) {
    const attribute = scenario.population.attributes.find((a) => a.id === attributeId);
    if (!attribute || attribute.type !== 'categorical')
      throw new Error(`history.labelBias: "${attributeId}" is not a categorical attribute`);
    const codes = own(chunk.codes, attributeId);
    if (!codes) throw new Error(`history.labelBias: chunk ${chunk.index} has no codes for "${attributeId}"`);
    // Lookup table: category code → recording probability.
    const byCode = attribute.categories.map((c) => own(byCategory, c.id) ?? 1);
    for (let i = 0; i < chunk.size; i++) p[i] = (p[i] as number) * (byCode[codes[i] as number] ?? 1);
  }
  return p;
}

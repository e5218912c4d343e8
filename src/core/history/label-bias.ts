/**
 * Label bias of the past campaign: a converter is recorded as one with probability
 * Π over attributes of labelBias[attribute][category] (missing = 1), so some groups' successes go
 * unrecorded and models trained on the history learn that those groups convert less.
 */
import type { PopulationChunk } from '../population/chunk';
import type { Scenario } from '../scenario/types';
import { own } from '../records/own';

/** Per biased attribute, in the scenario's order: the chunk's codes and a code → probability table. */
export interface LabelBias {
  readonly codes: readonly Uint8Array[];
  readonly byCode: readonly Float64Array[];
}

export function labelBias(scenario: Scenario, chunk: PopulationChunk): LabelBias {
  const codes: Uint8Array[] = [];
  const byCode: Float64Array[] = [];
  for (const [attributeId, byCategory] of Object.entries(scenario.history.labelBias)) {
    const attribute = scenario.population.attributes.find((a) => a.id === attributeId);
    if (!attribute || attribute.type !== 'categorical')
      throw new Error(`history.labelBias: "${attributeId}" is not a categorical attribute`);
    const column = own(chunk.codes, attributeId);
    if (!column) throw new Error(`history.labelBias: chunk ${chunk.index} has no codes for "${attributeId}"`);
    // Codes are bytes: a 256-entry table, 1 wherever no probability is given.
    const table = new Float64Array(256).fill(1);
    attribute.categories.forEach((c, code) => (table[code] = own(byCategory, c.id) ?? 1));
    codes.push(column);
    byCode.push(table);
  }
  return { codes, byCode };
}

/** Probability that person i's conversion is recorded: the product, in attribute order, from 1. */
export function recordProbability(bias: LabelBias, i: number): number {
  let p = 1;
  for (let a = 0; a < bias.codes.length; a++) p *= (bias.byCode[a] as Float64Array)[(bias.codes[a] as Uint8Array)[i] as number] as number;
  return p;
}

/**
 * What decides the generated people: the population, the behaviour and the seed (the size is part
 * of the population). Two runs with the same key hold the same chunks, so a runner can keep its
 * people and redo only history, policies and audit when, say, the budget or a policy changes.
 */
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';

export function populationIdentity(scenario: Scenario, seed: Seed): string {
  // Derived attributes are columns of the generated chunks (inference/columns.ts).
  const people = [seed, scenario.population, scenario.behaviour];
  return JSON.stringify(scenario.derived ? [...people, scenario.derived] : people);
}

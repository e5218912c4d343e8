/** Hand-built scenarios, chunks and masks for the audit tests. */
import type { PopulationChunk } from '../../src/core/population/chunk';
import { mustParseScenario } from '../../src/core/scenario';
import type { Scenario, ScenarioInput } from '../../src/core/scenario';

/** gender (f, m, x) and age (young, old), both protected; one numeric attribute (income). */
export function smallScenario(size: number, audit: ScenarioInput['audit'] = {}, offer: 'opportunity' | 'risk' = 'opportunity'): Scenario {
  return mustParseScenario({
    format: 'fairground.scenario',
    version: 1,
    name: 'audit fixture',
    seed: 'audit-fixture',
    population: {
      size,
      attributes: [
        {
          id: 'gender',
          label: 'Gender',
          type: 'categorical',
          protected: true,
          categories: [{ id: 'f', label: 'Women' }, { id: 'm', label: 'Men' }, { id: 'x', label: 'Non-binary' }],
          weights: [50, 48, 2],
        },
        {
          id: 'age',
          type: 'categorical',
          protected: true,
          categories: [{ id: 'young' }, { id: 'old' }],
          weights: [1, 1],
        },
        { id: 'income', type: 'numeric', digits: 1, distribution: { kind: 'normal', mean: 30, sd: 5 } },
      ],
    },
    behaviour: { conversion: { base: 0.05 } },
    history: { size: 1 },
    campaign: { budget: { kind: 'reach', people: 1 }, offer },
    policies: [
      { id: 'a', label: 'Policy A', type: 'random' },
      { id: 'b', type: 'random' },
    ],
    audit: { minGroupSize: 1, minCount: 1, intersections: [['gender', 'age']], ...audit },
  });
}

/** One person of a hand-built population. */
export interface Person {
  gender: 0 | 1 | 2;
  age: 0 | 1;
  converts: 0 | 1;
  prob: number;
  price: number;
  eligible: 0 | 1;
  /** Selected by each policy. */
  selected: (0 | 1)[];
  /** Score under each policy (NaN = not a candidate). */
  score?: number[];
  income?: number;
}

export function chunkOf(people: readonly Person[], start = 0, index = 0): PopulationChunk {
  const n = people.length;
  return {
    index,
    start,
    size: n,
    codes: {
      gender: Uint8Array.from(people, (p) => p.gender),
      age: Uint8Array.from(people, (p) => p.age),
    },
    values: { income: Float64Array.from(people, (p) => p.income ?? 30) },
    observed: { income: Float32Array.from(people, (p) => p.income ?? 30) },
    conversionProb: Float32Array.from(people, (p) => p.prob),
    converts: Uint8Array.from(people, (p) => p.converts),
    clickProb: new Float32Array(n),
    clicks: new Uint8Array(n),
    price: Float64Array.from(people, (p) => p.price),
    consent: new Uint8Array(n).fill(1),
  };
}

export const eligibleOf = (people: readonly Person[]) => Uint8Array.from(people, (p) => p.eligible);
export const selectionsOf = (people: readonly Person[], policies: number) =>
  Array.from({ length: policies }, (_, k) => Uint8Array.from(people, (p) => p.selected[k] ?? 0));
export const scoresOf = (people: readonly Person[], policies: number) =>
  Array.from({ length: policies }, (_, k) => Float32Array.from(people, (p) => p.score?.[k] ?? NaN));

/** Every number anywhere in `value`, with its path. */
export function numbersIn(value: unknown, path = '$'): { path: string; v: number }[] {
  if (typeof value === 'number') return [{ path, v: value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
}

/**
 * Per-person numbers of the market from the scenario's group maps: bid and session multipliers
 * (with interaction terms: a multiplier for people in all of several groups at once) and the
 * creatives' log-odds effects. Built once per chunk task from the category codes.
 */
import { addGroupTerms, codeArray, multiplyGroupTerms, groupTerms } from '../population/group-terms';
import type { CategoricalIndex } from '../population/group-terms';
import type { PopulationChunk } from '../population/chunk';
import type { CategoricalAttribute, GroupMap, Scenario } from '../scenario/types';
import { own } from '../records/own';

export function categoricalIndex(scenario: Scenario): CategoricalIndex {
  return new Map(scenario.population.attributes.filter((a): a is CategoricalAttribute => a.type === 'categorical').map((a) => [a.id, a]));
}

export interface Interaction {
  readonly groups: Readonly<Record<string, string>>;
  readonly multiplier: number;
}

/** Π of the person's group multipliers and of every interaction whose groups all hold them. */
export function personMultipliers(chunk: PopulationChunk, index: CategoricalIndex, map: GroupMap, interactions: readonly Interaction[] = []): Float64Array {
  const n = chunk.size;
  const out = new Float64Array(n).fill(1);
  multiplyGroupTerms(out, n, groupTerms(map, index, 1), chunk.codes);
  for (const t of interactions) {
    const tests = Object.entries(t.groups).map(([a, g]) => {
      const attr = index.get(a);
      const codes = own(chunk.codes, a);
      return { codes, code: attr ? attr.categories.findIndex((c) => c.id === g) : -1 };
    });
    if (tests.some((x) => !x.codes || x.code < 0)) continue;
    for (let i = 0; i < n; i++) if (tests.every((x) => (x.codes as Uint8Array)[i] === x.code)) out[i]! *= t.multiplier;
  }
  return out;
}

/** Σ of the person's log-odds effects of one creative (0 for groups not named). */
export function personEffects(chunk: PopulationChunk, index: CategoricalIndex, map: GroupMap): Float64Array {
  const out = new Float64Array(chunk.size);
  addGroupTerms(out, chunk.size, groupTerms(map, index, 0), chunk.codes);
  return out;
}

/** Per-category numbers of one attribute as an array by code (categories not named: `missing`). */
export function byCode(attr: CategoricalAttribute, values: Record<string, number>, missing: number): Float64Array {
  return codeArray(attr, values, missing);
}

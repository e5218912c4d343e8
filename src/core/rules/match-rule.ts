/**
 * Which people of a chunk match a rule (eligibility, the past campaign's targeting, rules
 * policies): every `include` predicate holds and no `exclude` predicate does. A rule with no
 * include predicates includes everyone.
 */
import type { PopulationChunk } from '../population/chunk';
import type { Predicate, Rule, Scenario } from '../scenario/types';
import { own } from '../records/own';

/**
 * Clears out[i] where the predicate says the person is out: an include that does not hold, or an
 * exclude that does. Written as two branch-free loops (a category table, a range test) shared by
 * every rule, instead of a per-predicate closure called per person.
 */
function applyPredicate(out: Uint8Array, predicate: Predicate, keep: 'holds' | 'fails', scenario: Scenario, chunk: PopulationChunk): void {
  const attribute = scenario.population.attributes.find((a) => a.id === predicate.attribute);
  if (!attribute) throw new Error(`rule: unknown attribute "${predicate.attribute}"`);
  if ('in' in predicate) {
    if (attribute.type !== 'categorical')
      throw new Error(`rule: "${attribute.id}" is numeric; use min/max, not a category list`);
    const codes = own(chunk.codes, attribute.id);
    if (!codes) throw new Error(`rule: chunk ${chunk.index} has no codes for "${attribute.id}"`);
    // Lookup table: category code → 1 if the person stays in (listed for an include, not listed
    // for an exclude; codes past the categories never occur).
    const stays = new Uint8Array(256).fill(keep === 'holds' ? 0 : 1);
    attribute.categories.forEach((c, code) => {
      if (predicate.in.includes(c.id)) stays[code] = keep === 'holds' ? 1 : 0;
    });
    keepByCode(out, codes, stays, chunk.size);
    return;
  }
  if (attribute.type !== 'numeric')
    throw new Error(`rule: "${attribute.id}" is categorical; use a category list, not min/max`);
  const values = own(chunk.values, attribute.id);
  if (!values) throw new Error(`rule: chunk ${chunk.index} has no values for "${attribute.id}"`);
  // Bounds are inclusive and apply to the TRUE value (rules target what people are, not what a model sees).
  keepInRange(out, values, predicate.min ?? -Infinity, predicate.max ?? Infinity, keep === 'holds' ? 0 : 1, chunk.size);
}

function keepByCode(out: Uint8Array, codes: Uint8Array, stays: Uint8Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) & (stays[codes[i] as number] as number);
}

/** Keeps out[i] where (min ≤ v ≤ max) XOR flip: flip 0 for an include, 1 for an exclude. */
function keepInRange(out: Uint8Array, values: Float64Array, min: number, max: number, flip: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    out[i] = (out[i] as number) & ((v >= min && v <= max ? 1 : 0) ^ flip);
  }
}

/** 1 where every include predicate holds and no exclude predicate does, per person of the chunk. */
export function matchRule(rule: Rule, scenario: Scenario, chunk: PopulationChunk): Uint8Array {
  const out = new Uint8Array(chunk.size).fill(1);
  for (const predicate of rule.include) applyPredicate(out, predicate, 'holds', scenario, chunk);
  for (const predicate of rule.exclude) applyPredicate(out, predicate, 'fails', scenario, chunk);
  return out;
}

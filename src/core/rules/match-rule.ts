/**
 * Which people of a chunk match a rule (eligibility, the past campaign's targeting, rules
 * policies): every `include` predicate holds and no `exclude` predicate does. A rule with no
 * include predicates includes everyone.
 */
import type { PopulationChunk } from '../population/chunk';
import type { Predicate, Rule, Scenario } from '../scenario/types';
import { own } from '../records/own';

/** Tests one person by position; built once per predicate so the loop allocates nothing. */
type PersonTest = (i: number) => boolean;

function predicateTest(predicate: Predicate, scenario: Scenario, chunk: PopulationChunk): PersonTest {
  const attribute = scenario.population.attributes.find((a) => a.id === predicate.attribute);
  if (!attribute) throw new Error(`rule: unknown attribute "${predicate.attribute}"`);
  if ('in' in predicate) {
    if (attribute.type !== 'categorical')
      throw new Error(`rule: "${attribute.id}" is numeric; use min/max, not a category list`);
    const codes = own(chunk.codes, attribute.id);
    if (!codes) throw new Error(`rule: chunk ${chunk.index} has no codes for "${attribute.id}"`);
    // Lookup table: category code → 1 if listed.
    const listed = new Uint8Array(256);
    attribute.categories.forEach((c, code) => {
      if (predicate.in.includes(c.id)) listed[code] = 1;
    });
    return (i) => listed[codes[i] as number] === 1;
  }
  if (attribute.type !== 'numeric')
    throw new Error(`rule: "${attribute.id}" is categorical; use a category list, not min/max`);
  const values = own(chunk.values, attribute.id);
  if (!values) throw new Error(`rule: chunk ${chunk.index} has no values for "${attribute.id}"`);
  const min = predicate.min ?? -Infinity;
  const max = predicate.max ?? Infinity;
  // Bounds are inclusive and apply to the TRUE value (rules target what people are, not what a model sees).
  return (i) => {
    const v = values[i] as number;
    return v >= min && v <= max;
  };
}

/** 1 where every include predicate holds and no exclude predicate does, per person of the chunk. */
export function matchRule(rule: Rule, scenario: Scenario, chunk: PopulationChunk): Uint8Array {
  const out = new Uint8Array(chunk.size).fill(1);
  for (const predicate of rule.include) {
    const test = predicateTest(predicate, scenario, chunk);
    for (let i = 0; i < chunk.size; i++) if (out[i] && !test(i)) out[i] = 0;
  }
  for (const predicate of rule.exclude) {
    const test = predicateTest(predicate, scenario, chunk);
    for (let i = 0; i < chunk.size; i++) if (out[i] && test(i)) out[i] = 0;
  }
  return out;
}

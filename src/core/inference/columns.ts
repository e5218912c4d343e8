/**
 * Adds each derived attribute's column to a generated chunk's codes. Nothing else in the chunk
 * reads or changes: an inferred attribute with `assign: "sample"` draws from its own stream
 * (seed, 'chunk', index, 'derived', id), so no other column's draws move.
 */
import type { Seed } from '../random/stream';
import { stream } from '../random/stream';
import type { Scenario } from '../scenario/types';
import { derivedAttributes } from './derived';
import { drawFrom, mostProbable, posteriorOf, posteriorPlan } from './posterior';

export function addDerivedColumns(scenario: Scenario, seed: Seed, chunkIndex: number, n: number, codes: Record<string, Uint8Array>): void {
  for (const { spec, attribute } of derivedAttributes(scenario)) {
    const out = new Uint8Array(n);
    if (spec.kind === 'inferred') {
      const plan = posteriorPlan(scenario, spec);
      const T = plan.categories;
      const posterior = new Float64Array(T);
      const rng = spec.assign === 'sample' ? stream(seed, 'chunk', chunkIndex, 'derived', spec.id) : undefined;
      for (let i = 0; i < n; i++) {
        posteriorOf(plan, codes, i, posterior);
        out[i] = rng ? drawFrom(posterior, T, rng.next()) : mostProbable(posterior, T);
      }
    } else {
      // Mixed radix, first attribute most significant: the order of the joint categories.
      const parts = spec.of.map((id) => codes[id]!);
      const radices = spec.of.map((id) => categoriesOf(scenario, id));
      for (let i = 0; i < n; i++) {
        let code = 0;
        for (let p = 0; p < parts.length; p++) code = code * radices[p]! + (parts[p]![i] as number);
        out[i] = code;
      }
    }
    codes[attribute.id] = out;
  }
}

function categoriesOf(scenario: Scenario, id: string): number {
  const own = scenario.population.attributes.find((a) => a.id === id);
  if (own?.type === 'categorical') return own.categories.length;
  const derived = derivedAttributes(scenario).find((d) => d.attribute.id === id);
  if (!derived) throw new Error(`joint attribute: "${id}" is not categorical`);
  return derived.attribute.categories.length;
}

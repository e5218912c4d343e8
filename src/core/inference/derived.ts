/**
 * Derived attributes as categorical attributes: what the audit, the fairness constraints and the
 * results see. An inferred attribute has the categories of the attribute it estimates; a joint one
 * has every combination of its attributes' categories, the last varying fastest, ids joined by `|`
 * (the same group ids as the audit's intersection of those attributes).
 */
import type { CategoricalAttribute, DerivedAttribute, Scenario } from '../scenario/types';

export interface DerivedCategorical {
  readonly spec: DerivedAttribute;
  readonly attribute: CategoricalAttribute;
}

const cache = new WeakMap<Scenario, readonly DerivedCategorical[]>();

/** The scenario's derived attributes in order; none when it has no `derived` section. */
export function derivedAttributes(scenario: Scenario): readonly DerivedCategorical[] {
  let out = cache.get(scenario);
  if (!out) {
    out = compile(scenario);
    cache.set(scenario, out);
  }
  return out;
}

/** A categorical attribute by id: one of the population's, or a derived one. */
export function categoricalById(scenario: Scenario, id: string): CategoricalAttribute | undefined {
  const own = scenario.population.attributes.find((a) => a.id === id);
  if (own) return own.type === 'categorical' ? own : undefined;
  return derivedAttributes(scenario).find((d) => d.attribute.id === id)?.attribute;
}

function compile(scenario: Scenario): DerivedCategorical[] {
  const out: DerivedCategorical[] = [];
  const find = (id: string) =>
    out.find((d) => d.attribute.id === id)?.attribute ?? categoricalOf(scenario, id);
  for (const spec of scenario.derived ?? []) {
    if (spec.kind === 'inferred') {
      const of = find(spec.of);
      if (!of) continue;
      out.push({
        spec,
        attribute: { id: spec.id, label: spec.label ?? `${of.label ?? of.id} (inferred)`, type: 'categorical', protected: true, categories: of.categories },
      });
    } else {
      const parts = spec.of.map(find);
      if (parts.some((p) => !p)) continue;
      let combos: { id: string; label: string }[] = [{ id: '', label: '' }];
      for (const a of parts as CategoricalAttribute[])
        combos = combos.flatMap((prefix) =>
          a.categories.map((c) => ({
            id: prefix.id ? `${prefix.id}|${c.id}` : c.id,
            label: prefix.label ? `${prefix.label} · ${c.label ?? c.id}` : (c.label ?? c.id),
          })),
        );
      const label = spec.label ?? (parts as CategoricalAttribute[]).map((a) => a.label ?? a.id).join(' × ');
      out.push({ spec, attribute: { id: spec.id, label, type: 'categorical', protected: true, categories: combos } });
    }
  }
  return out;
}

function categoricalOf(scenario: Scenario, id: string): CategoricalAttribute | undefined {
  const a = scenario.population.attributes.find((x) => x.id === id);
  return a?.type === 'categorical' ? a : undefined;
}

/**
 * The audit plan: which slices (audited attributes and intersections) are counted, and where each
 * group's counts sit in the flat count arrays. Derived from the scenario alone, so every worker
 * builds the same plan without it being sent around.
 *
 * Cell 0 is the overall row; then each slice's groups in order. An intersection's groups are the
 * category combinations with the last attribute varying fastest (`f|18-24`, `f|25-34`, …).
 */
import type { CategoricalAttribute, Scenario } from '../scenario/types';
import { categoricalById, derivedAttributes } from '../inference/derived';

/** Separator of an intersection's attribute ids (`gender×age`) and of its category ids (`f|25-34`). */
export const INTERSECTION_ATTRIBUTE_SEPARATOR = '×';
export const INTERSECTION_GROUP_SEPARATOR = '|';
export const INTERSECTION_LABEL_SEPARATOR = ' · ';

export interface SlicePlan {
  /** `gender` or `gender×age`. */
  readonly key: string;
  readonly kind: 'attribute' | 'intersection';
  readonly attributes: readonly string[];
  /** Number of categories of each attribute (the mixed radix of the cell index). */
  readonly radices: readonly number[];
  readonly groupIds: readonly string[];
  readonly labels: readonly string[];
  /** Cell index of the slice's first group. */
  readonly offset: number;
}

export interface AuditPlan {
  readonly slices: readonly SlicePlan[];
  /** Cells: 1 (overall) + every slice's groups. */
  readonly cellCount: number;
}

/**
 * The audited attribute ids: `audit.attributes`, or every protected categorical attribute and
 * every inferred estimate of one (derived attributes, inference/derived.ts).
 */
export function auditedAttributeIds(scenario: Scenario): string[] {
  const categorical = scenario.population.attributes.filter(
    (a): a is CategoricalAttribute => a.type === 'categorical',
  );
  const derived = derivedAttributes(scenario);
  if (scenario.audit.attributes) {
    const known = new Set([...categorical.map((a) => a.id), ...derived.map((d) => d.attribute.id)]);
    return scenario.audit.attributes.filter((id) => known.has(id));
  }
  const inferred = derived.filter((d) => d.spec.kind === 'inferred').map((d) => d.attribute.id);
  return [...categorical.filter((a) => a.protected).map((a) => a.id), ...inferred];
}

function categorical(scenario: Scenario, id: string): CategoricalAttribute {
  const a = categoricalById(scenario, id);
  if (!a) throw new Error(`audit: "${id}" is not a categorical attribute`);
  return a;
}

/** Every combination of categories of `attrs`, the last attribute varying fastest. */
function combinations(attrs: readonly CategoricalAttribute[]): { ids: string[]; labels: string[] }[] {
  let out: { ids: string[]; labels: string[] }[] = [{ ids: [], labels: [] }];
  for (const a of attrs) {
    const next: { ids: string[]; labels: string[] }[] = [];
    for (const prefix of out)
      for (const c of a.categories) next.push({ ids: [...prefix.ids, c.id], labels: [...prefix.labels, c.label ?? c.id] });
    out = next;
  }
  return out;
}

const plans = new WeakMap<Scenario, AuditPlan>();

export function auditPlan(scenario: Scenario): AuditPlan {
  const cached = plans.get(scenario);
  if (cached) return cached;
  const specs: { kind: 'attribute' | 'intersection'; ids: string[] }[] = [
    ...auditedAttributeIds(scenario).map((id) => ({ kind: 'attribute' as const, ids: [id] })),
    ...scenario.audit.intersections.map((ids) => ({ kind: 'intersection' as const, ids: [...ids] })),
  ];
  const slices: SlicePlan[] = [];
  let offset = 1;
  for (const spec of specs) {
    const attrs = spec.ids.map((id) => categorical(scenario, id));
    const combos = combinations(attrs);
    slices.push({
      key: spec.ids.join(INTERSECTION_ATTRIBUTE_SEPARATOR),
      kind: spec.kind,
      attributes: spec.ids,
      radices: attrs.map((a) => a.categories.length),
      groupIds: combos.map((c) => c.ids.join(INTERSECTION_GROUP_SEPARATOR)),
      labels: combos.map((c) => c.labels.join(INTERSECTION_LABEL_SEPARATOR)),
      offset,
    });
    offset += combos.length;
  }
  const plan = { slices, cellCount: offset };
  plans.set(scenario, plan);
  return plan;
}

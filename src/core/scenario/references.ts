/**
 * Cross-reference checks on a scenario whose shape is already valid: every attribute, category and
 * policy named anywhere must exist and be of the right kind. Returns every problem with its path.
 */
import type { Issue } from './issues';
import { checkMarketReferences } from './references-market';
import { formatPath } from './issues';
import { LIMITS } from './limits';
import { NUMBER_BOUNDS } from './number-bounds';
import type { Attribute, Effects, GroupMap, Rule, Scenario } from './types';
import { isLearnedScoring, learnedScoringWords, policyDescriptor } from '../policies/types/catalogue';
import type { ReferenceKit } from '../policies/types/descriptor';
import { checkDerived, checkInteractions } from './references-derived';
import { checkWithoutConsent } from './references-consent';

type Path = (string | number)[];

export function checkReferences(s: Scenario, options: { tolerant?: boolean } = {}): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Path, message: string) => issues.push({ path: formatPath(path), message });
  // With `tolerant`, `s` may be a document that failed the shape checks: each section is checked
  // on its own, and a section too malformed to read is skipped (its shape errors say why).
  const section = (fn: () => void) => {
    if (!options.tolerant) return fn();
    try {
      fn();
    } catch {
      /* malformed section: already reported by the shape checks */
    }
  };
  const attrs: Known = new Map();
  // In a document that failed the shape checks, an attribute too malformed to read (no categories,
  // an unknown type) still exists: its uses elsewhere are neither "unknown" nor checked.
  const attributeList: unknown = s.population?.attributes;
  const attributesReadable = Array.isArray(attributeList);

  // Attributes: unique ids, categories, weights, given/table, shift.
  if (attributesReadable) s.population.attributes.forEach((attr, index) => section(() => {
    const at: Path = ['population', 'attributes', index];
    if (typeof attr?.id !== 'string') return;
    if (attrs.has(attr.id)) add([...at, 'id'], `duplicate attribute id "${attr.id}"`);
    const earlier = new Map(attrs);
    if (!attrs.has(attr.id)) attrs.set(attr.id, { attr, index, readable: isReadable(attr) });
    if (!isReadable(attr)) return;
    if (attr.type === 'categorical') {
      const seen = new Set<string>();
      attr.categories.forEach((c, ci) => {
        if (seen.has(c.id)) add([...at, 'categories', ci, 'id'], `duplicate category id "${c.id}"`);
        seen.add(c.id);
      });
      const k = attr.categories.length;
      if (attr.weights && attr.weights.length !== k)
        add([...at, 'weights'], `has ${attr.weights.length} weights but the attribute has ${k} categories`);
      if (attr.given) {
        if (attr.weights) add([...at, 'weights'], 'set either weights or given + table, not both');
        const parents = attr.given.map((g, gi) => {
          const parent = earlier.get(g);
          if (!parent) {
            const later = s.population.attributes.findIndex((a) => a.id === g);
            add([...at, 'given', gi], later >= 0
              ? `"${g}" is attribute ${later}, not an earlier one: attributes may depend only on attributes listed before them`
              : `unknown attribute "${g}"`);
            return undefined;
          }
          if (!parent.readable) return undefined;
          if (parent.attr.type !== 'categorical') {
            add([...at, 'given', gi], `"${g}" is numeric; conditional tables need categorical parents`);
            return undefined;
          }
          return parent.attr;
        });
        if (!attr.table) add([...at, 'table'], 'is required when given is set');
        else if (parents.every((p) => p)) checkTable(attr.table, parents as CategoricalLike[], k, [...at, 'table'], add);
      } else {
        if (attr.table) add([...at, 'given'], 'is required when table is set');
        if (!attr.weights) add([...at, 'weights'], 'is required (one weight per category), or set given + table');
      }
    } else {
      if (attr.distribution.kind === 'uniform' && !(attr.distribution.max - attr.distribution.min >= NUMBER_BOUNDS.minSpread))
        add([...at, 'distribution', 'max'], `must be greater than min (by at least ${NUMBER_BOUNDS.minSpread})`);
      if (attr.shift) checkGroupMap(attr.shift, earlier, [...at, 'shift'], add, 'shift');
    }
  }));

  // Without a readable attribute list, any attribute named elsewhere may exist: check nothing about it.
  const known: Known = attributesReadable || !options.tolerant ? attrs : new AnyAttribute();
  const b = s.behaviour;
  section(() => checkEffects(b.conversion.effects ?? {}, known, ['behaviour', 'conversion', 'effects'], add));
  section(() => checkEffects(b.click?.effects ?? {}, known, ['behaviour', 'click', 'effects'], add));
  section(() => checkEffects(b.consent?.effects ?? {}, known, ['behaviour', 'consent', 'effects'], add));
  section(() => {
    const multipliers = b.price?.multipliers ?? {};
    checkGroupMap(multipliers, known, ['behaviour', 'price', 'multipliers'], add, 'multiplier');
    forEachGroupValue(multipliers, (v, path) => {
      if (!(v > 0)) add(['behaviour', 'price', 'multipliers', ...path], 'a price multiplier must be positive');
    });
  });
  section(() => {
    const extra = b.observation?.extra ?? {};
    checkGroupMap(extra, known, ['behaviour', 'observation', 'extra'], add, 'noise');
    forEachGroupValue(extra, (v, path) => {
      if (v < 0) add(['behaviour', 'observation', 'extra', ...path], 'extra noise must not be negative');
    });
  });

  section(() => checkInteractions(s, add));
  // Derived attributes (inferred, joint) may be audited and constrained on, nothing else.
  let slicing: Known = known;
  section(() => {
    const derived = checkDerived(s, add);
    if (derived.size === 0 || known instanceof AnyAttribute) return;
    slicing = new Map(known);
    for (const [id, d] of derived) slicing.set(id, { attr: { ...d, type: 'categorical', protected: true } as Attribute, index: -1, readable: true });
  });

  // History and campaign.
  const size = s.population?.size;
  section(() => {
    if (Number.isInteger(size) && size >= 1 && s.history.size > size)
      add(['history', 'size'], `is ${s.history.size} but the population has only ${size} people`);
  });
  section(() => checkRule(s.history.rule ?? { include: [], exclude: [] }, known, ['history', 'rule'], add));
  section(() => {
    const labelBias = s.history.labelBias ?? {};
    checkGroupMap(labelBias, known, ['history', 'labelBias'], add, 'label bias');
    forEachGroupValue(labelBias, (v, path) => {
      if (v < 0 || v > 1) add(['history', 'labelBias', ...path], 'must be a probability between 0 and 1');
    });
  });
  section(() => {
    const budget = s.campaign.budget;
    if (budget.kind === 'reach' && budget.people !== undefined && Number.isInteger(size) && size >= 1 && budget.people > size)
      add(['campaign', 'budget', 'people'], `is ${budget.people} but the population has only ${size} people`);
  });
  section(() => checkRule(s.campaign.eligibility ?? { include: [], exclude: [] }, known, ['campaign', 'eligibility'], add));

  // Policies.
  const policies = new Map<string, Scenario['policies'][number]>();
  section(() => s.policies.forEach((p, i) => {
    if (policies.has(p.id)) add(['policies', i, 'id'], `duplicate policy id "${p.id}"`);
    else policies.set(p.id, p);
  }));
  section(() => s.policies.forEach((p, i) => section(() => {
    const at: Path = ['policies', i];
    const type = policyDescriptor(p.type);
    type?.references?.(p as never, policyReferenceKit(at, known, policies, add, slicing));
  })));
  section(() => checkWithoutConsent(s, add));

  // Audit.
  const audit = s.audit;
  if (audit) {
    section(() => audit.attributes?.forEach((a, i) => checkCategorical(a, slicing, ['audit', 'attributes', i], add)));
    section(() => audit.intersections?.forEach((combo, i) => {
      combo.forEach((a, j) => checkCategorical(a, slicing, ['audit', 'intersections', i, j], add));
      if (new Set(combo).size !== combo.length) add(['audit', 'intersections', i], 'lists an attribute twice');
    }));
    section(() => {
      if (typeof audit.reference === 'object') {
        for (const [a, cat] of Object.entries(audit.reference)) {
          const found = checkCategorical(a, slicing, ['audit', 'reference', a], add);
          if (found && !found.categories.some((c) => c.id === cat))
            add(['audit', 'reference', a], `unknown category "${cat}" of "${a}"`);
        }
      }
    });
    section(() => {
      if (audit.band && !(audit.band.low < audit.band.high)) add(['audit', 'band'], 'low must be below high');
    });
  }

  // Claims.
  section(() => s.claims?.forEach((c, i) => {
    if (!policies.has(c.policy)) add(['claims', i, 'policy'], `unknown policy "${c.policy}"`);
    if (c.min === undefined && c.max === undefined) add(['claims', i], 'needs min, max or both');
  }));
  section(() => issues.push(...checkMarketReferences(s)));
  return issues;
}

type CategoricalLike = { id: string; categories: { id: string }[] };
type Add = (path: Path, message: string) => void;
type KnownAttribute = { attr: Attribute; index: number; readable: boolean };
type Known = Map<string, KnownAttribute>;

/** Stands in for an unreadable attribute list: every id is known, none is readable. */
class AnyAttribute extends Map<string, KnownAttribute> {
  override get(): KnownAttribute {
    return { attr: {} as Attribute, index: -1, readable: false };
  }
  override has(): boolean {
    return true;
  }
}

/** Whether a (possibly malformed) attribute can be read for cross-reference checks. */
function isReadable(attr: Attribute): boolean {
  const a = attr as unknown as Record<string, unknown>;
  if (a.type === 'categorical')
    return Array.isArray(a.categories) && a.categories.every((c: unknown) => typeof (c as { id?: unknown } | null)?.id === 'string');
  if (a.type === 'numeric') return typeof a.distribution === 'object' && a.distribution !== null;
  return false;
}

function checkCategorical(id: string, known: Known, path: Path, add: Add): CategoricalLike | undefined {
  const a = known.get(id);
  if (!a) add(path, `unknown attribute "${id}"`);
  else if (!a.readable) return undefined;
  else if (a.attr.type !== 'categorical') add(path, `"${id}" is numeric; only categorical attributes can be used here`);
  else return a.attr;
  return undefined;
}

function checkTable(table: Record<string, number[]>, parents: CategoricalLike[], k: number, at: Path, add: Add) {
  let combos = [''];
  for (const p of parents) {
    combos = combos.flatMap((prefix) => p.categories.map((c) => (prefix ? `${prefix}|${c.id}` : c.id)));
    if (combos.length > LIMITS.tableRows) {
      add(at, `has more than ${LIMITS.tableRows} parent combinations`);
      return;
    }
  }
  const expected = new Set(combos);
  for (const [key, w] of Object.entries(table)) {
    if (!expected.has(key))
      add([...at, key], `unknown parent combination; expected keys like "${combos[0]}" (categories of ${parents.map((p) => p.id).join(', ')} joined by |)`);
    else if (w.length !== k) add([...at, key], `has ${w.length} weights but the attribute has ${k} categories`);
  }
  const missing = combos.filter((c) => !Object.hasOwn(table, c));
  if (missing.length)
    add(at, `is missing ${missing.length} parent combination(s): ${missing.slice(0, 5).map((m) => `"${m}"`).join(', ')}${missing.length > 5 ? ', …' : ''}`);
}

function checkGroupMap(map: GroupMap, known: Known, at: Path, add: Add, what: string) {
  for (const [a, cats] of Object.entries(map)) {
    const attr = checkCategorical(a, known, [...at, a], add);
    if (!attr) continue;
    for (const c of Object.keys(cats))
      if (!attr.categories.some((x) => x.id === c)) add([...at, a, c], `unknown category "${c}" of "${a}" in ${what}`);
  }
}

function forEachGroupValue(map: GroupMap, fn: (v: number, path: string[]) => void) {
  for (const [a, cats] of Object.entries(map)) for (const [c, v] of Object.entries(cats)) fn(v, [a, c]);
}

function checkEffects(effects: Effects, known: Known, at: Path, add: Add) {
  for (const [a, e] of Object.entries(effects)) {
    const found = known.get(a);
    if (!found) {
      add([...at, a], `unknown attribute "${a}"`);
      continue;
    }
    if (!found.readable) continue;
    const attr = found.attr;
    if (attr.type === 'numeric' && typeof e !== 'number')
      add([...at, a], `"${a}" is numeric: give one coefficient per standard deviation, e.g. 0.3`);
    if (attr.type === 'categorical') {
      if (typeof e === 'number') add([...at, a], `"${a}" is categorical: give an effect per category, e.g. { "${attr.categories[0]?.id}": 0.3 }`);
      else
        for (const c of Object.keys(e))
          if (!attr.categories.some((x) => x.id === c)) add([...at, a, c], `unknown category "${c}" of "${a}"`);
    }
  }
}

function checkRule(rule: Rule, known: Known, at: Path, add: Add) {
  for (const side of ['include', 'exclude'] as const) {
    rule[side].forEach((p, i) => {
      const path: Path = [...at, side, i];
      const found = known.get(p.attribute);
      if (!found) {
        add([...path, 'attribute'], `unknown attribute "${p.attribute}"`);
        return;
      }
      if (!found.readable) return;
      const attr = found.attr;
      if ('in' in p) {
        if (attr.type !== 'categorical') add([...path, 'in'], `"${p.attribute}" is numeric: use min and max`);
        else
          p.in.forEach((c, ci) => {
            if (!attr.categories.some((x) => x.id === c)) add([...path, 'in', ci], `unknown category "${c}" of "${p.attribute}"`);
          });
      } else {
        if (attr.type !== 'numeric') add([...path, 'attribute'], `"${p.attribute}" is categorical: use "in": [categories]`);
        if (p.min === undefined && p.max === undefined) add(path, 'needs min, max or both');
        if (p.min !== undefined && p.max !== undefined && p.min > p.max) add(path, 'min must not exceed max');
      }
    });
  }
}

/** What a policy type's reference checks may ask, for the policy at `at` (paths relative to it). */
/** `slicing`: the attributes a constraint may balance (`known` and the derived ones). */
function policyReferenceKit(at: Path, known: Known, policies: Map<string, { id: string; type: string }>, add: Add, slicing: Known = known): ReferenceKit {
  const under = (path: readonly (string | number)[]): Path => [...at, ...path];
  return {
    add: (path, message) => add(under(path), message),
    rule: (rule, path) => checkRule(rule, known, under(path), add),
    features: (features, useProtected, path) =>
      features?.forEach((f, fi) => {
        const a = known.get(f);
        if (!a) add(under([...path, fi]), `unknown attribute "${f}"`);
        else if (a.attr.protected && !useProtected) add(under([...path, fi]), `"${f}" is protected; set useProtected: true to let the model use it`);
      }),
    categorical: (id, path) => checkCategorical(id, slicing, under(path), add),
    policy: (id) => policies.get(id),
    wraps: (type) => (policyDescriptor(type) ? isLearnedScoring(type) : undefined),
    wrappable: learnedScoringWords(),
  };
}

/**
 * Completion and hover text for the JSON view, read from `scenarios/scenario.schema.json` (the
 * schema generated from the validator, so the help can never drift from what is checked). Pure
 * functions of a schema, a path into the document, and the document itself (for ids to offer).
 */

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  required?: string[];
}

export type JsonPath = readonly (string | number)[];

export interface Suggestion {
  label: string;
  /** Text to insert. */
  apply: string;
  detail?: string;
  info?: string;
}

function at(doc: unknown, path: JsonPath): unknown {
  let v: unknown = doc;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, k) ? (v as Record<string | number, unknown>)[k] : undefined;
  }
  return v;
}

/** The alternatives of a schema (oneOf / anyOf flattened); a variant whose discriminator (`type`, `kind`) the document contradicts is dropped. */
function variants(schema: JsonSchema, value: unknown): JsonSchema[] {
  const options = schema.oneOf ?? schema.anyOf;
  if (!options) return [schema];
  const all = options.flatMap((o) => variants(o, value));
  if (value === null || typeof value !== 'object') return all;
  const fitting = all.filter((o) =>
    ['type', 'kind'].every((k) => {
      const c = o.properties?.[k]?.const;
      const v = (value as Record<string, unknown>)[k];
      return c === undefined || v === undefined || c === v;
    }),
  );
  return fitting.length ? fitting : all;
}

/** Every schema that may describe the value at `path` of `doc`. */
export function schemasAt(root: JsonSchema, path: JsonPath, doc: unknown): JsonSchema[] {
  let current = variants(root, doc);
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const value = at(doc, path.slice(0, i + 1));
    current = current.flatMap((s) => {
      const next = typeof key === 'number'
        ? s.items
        : (s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined));
      return next ? variants(next, value) : [];
    });
  }
  return current;
}

function kindOf(s: JsonSchema): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((e) => JSON.stringify(e)).join(' | ');
  const type = Array.isArray(s.type) ? s.type.join(' or ') : s.type ?? (s.oneOf || s.anyOf ? 'one of several forms' : 'value');
  const low = s.exclusiveMinimum !== undefined ? `> ${s.exclusiveMinimum}` : s.minimum !== undefined ? `≥ ${s.minimum}` : '';
  const high = s.exclusiveMaximum !== undefined ? `< ${s.exclusiveMaximum}` : s.maximum !== undefined && s.maximum < 1e15 ? `≤ ${s.maximum}` : '';
  return [type, [low, high].filter(Boolean).join(', ')].filter(Boolean).join(', ');
}

/** Plain words for keys the schema does not describe itself. */
const KEY_WORDS: Record<string, string> = {
  seed: 'The same scenario and seed give identical results everywhere (a text or a whole number).',
  name: 'The scenario’s name, shown as the page title and in exports.',
  size: 'How many people (population) or past-campaign records (history).',
  id: 'A short plain id: letters, digits, _ . + - (used in files, links and CSV columns).',
  label: 'The name people read on screen; the id is used when it is missing.',
  type: 'Which kind of thing this is; it decides which other keys are allowed.',
  kind: 'Which form this takes; it decides which other keys are allowed.',
  people: 'A number of people.',
  amount: 'An amount of money, in the campaign’s currency.',
  eligibility: 'Who the campaign may reach at all: every "include" condition holds and no "exclude" one.',
  include: 'Conditions a person must all meet.',
  exclude: 'Conditions that rule a person out.',
  in: 'The categories (ids) the condition matches.',
  l2: 'Caution against over-fitting (L2 penalty): higher keeps the model’s weights small. 1 by default; 0 turns it off.',
  useProtected: 'Whether the model may see protected attributes (it may still see their proxies).',
  constraint: 'What “balanced” means: same reach rate (demographic parity), same rate among converters (equal opportunity), a floor per group (min-representation), or a mix close to the eligible (variance-reduction).',
  band: 'The fair band of the verdict metric: below `low` is excluded, above `high` over-targeted.',
  categories: 'The groups of a categorical attribute, each with an id and a label.',
  weights: 'Relative sizes of the categories, in order (normalised).',
  mean: 'The typical value of a normal distribution.',
  sd: 'How far values spread around the mean (standard deviation).',
  mu: 'Mean of the logarithm of a lognormal value.',
  sigma: 'Spread of the logarithm of a lognormal value.',
  alpha: 'Beta distribution shape; the mean is alpha ÷ (alpha + beta).',
  beta: 'Beta distribution shape; the mean is alpha ÷ (alpha + beta).',
};

/** Hover text for the property at `path`: its description, its type and range, its default. */
export function describeAt(root: JsonSchema, path: JsonPath, doc: unknown): string | undefined {
  const schemas = schemasAt(root, path, doc);
  if (!schemas.length) return undefined;
  const name = path.length ? String(path[path.length - 1]) : 'scenario';
  const description = schemas.map((s) => s.description).find(Boolean) ?? KEY_WORDS[name];
  const kinds = [...new Set(schemas.map(kindOf))].join(' | ');
  const fallback = schemas.find((s) => s.default !== undefined)?.default;
  return [`${name}: ${kinds}`, description, fallback !== undefined ? `Default: ${JSON.stringify(fallback)}` : ''].filter(Boolean).join('\n');
}

/** Property names the object at `path` may have and does not have yet. */
export function propertySuggestions(root: JsonSchema, path: JsonPath, doc: unknown): Suggestion[] {
  const present = at(doc, path);
  const taken = present && typeof present === 'object' ? new Set(Object.keys(present)) : new Set<string>();
  const out = new Map<string, Suggestion>();
  for (const s of schemasAt(root, path, doc))
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      if (taken.has(name) || out.has(name)) continue;
      const required = s.required?.includes(name) ? 'required · ' : '';
      out.set(name, { label: name, apply: `"${name}": `, detail: `${required}${kindOf(prop)}`, ...(prop.description ? { info: prop.description } : {}) });
    }
  return [...out.values()];
}

/** Where an id of the document is expected, by the key that holds it. */
function idsFor(path: JsonPath, doc: unknown): string[] {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  const list = (p: JsonPath) => {
    const v = at(doc, p);
    return Array.isArray(v) ? v.map((x) => (x as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string') : [];
  };
  const attributes = list(['population', 'attributes']);
  if (key === 'base' || (key === 'policy' && path[0] === 'claims')) return list(['policies']);
  if (key === 'attribute' || key === 'features' || key === 'given' || (path[0] === 'audit' && (key === 'attributes' || key === 'intersections'))) return attributes;
  return [];
}

/** Values the schema allows at `path` (enums, constants, true/false) and ids of the document that fit there. */
export function valueSuggestions(root: JsonSchema, path: JsonPath, doc: unknown): Suggestion[] {
  const out = new Map<string, Suggestion>();
  const add = (value: unknown, detail: string) => {
    const text = JSON.stringify(value);
    if (!out.has(text)) out.set(text, { label: text, apply: text, detail });
  };
  for (const s of schemasAt(root, path, doc)) {
    if (s.const !== undefined) add(s.const, 'the only value here');
    s.enum?.forEach((e) => add(e, s.description ?? 'allowed value'));
    if (s.type === 'boolean') [true, false].forEach((b) => add(b, 'true or false'));
  }
  for (const id of idsFor(path, doc)) add(id, 'an id in this scenario');
  return [...out.values()];
}

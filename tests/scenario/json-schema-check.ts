/**
 * A small JSON Schema (2020-12) checker for the keywords our generated schema uses, so a test can
 * check the preset files against the shipped schema without a validator package. It throws on any
 * keyword it does not know, so a schema that grows new keywords cannot pass by being ignored.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set(['$schema', '$id', 'title', 'description', 'default', 'type', 'properties', 'required', 'additionalProperties',
  'propertyNames', 'items', 'enum', 'const', 'oneOf', 'anyOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems']);

/** Every place where `value` breaks `schema`, as `path: problem`. */
export function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`schema keyword "${key}" at ${path} is not supported by this checker`);
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  if (schema.type !== undefined && !hasType(value, schema.type as string)) return [`${path}: expected ${String(schema.type)}`];
  if ('const' in schema && value !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail('not one of the enum values');
  if (schema.oneOf) {
    const matches = (schema.oneOf as Schema[]).filter((s) => schemaErrors(s, value, path).length === 0).length;
    if (matches !== 1) fail(`matches ${matches} of oneOf's schemas, not exactly 1`);
  }
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => schemaErrors(s, value, path).length === 0)) fail('matches none of anyOf');
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`below minimum ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`above maximum ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail(`not above ${schema.exclusiveMinimum}`);
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) fail(`not below ${schema.exclusiveMaximum}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail('too long');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few items');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('too many items');
    if (schema.items) value.forEach((v, i) => errors.push(...schemaErrors(schema.items as Schema, v, `${path}[${i}]`)));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) fail(`missing required "${key}"`);
    for (const [key, v] of Object.entries(record)) {
      if (schema.propertyNames) errors.push(...schemaErrors(schema.propertyNames as Schema, key, `${path}.${key} (name)`));
      if (key in properties) errors.push(...schemaErrors(properties[key]!, v, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unknown property "${key}"`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...schemaErrors(schema.additionalProperties as Schema, v, `${path}.${key}`));
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array': return Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number';
    case 'null': return value === null;
    default: return typeof value === type;
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, scenarioSchemaText } from '../../src/cli/write-schema';
import { schemaErrors } from './json-schema-check';
import { defaultDoc, minimalDoc } from './scenario-documents';

const shipped = readFileSync(SCHEMA_PATH, 'utf8');
const schema = JSON.parse(shipped) as Record<string, unknown>;
const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

describe('scenarios/scenario.schema.json', () => {
  it('is the JSON Schema generated from the current validator', () => {
    expect(shipped === scenarioSchemaText(), 'scenarios/scenario.schema.json is stale: run `npm run schema` and commit the result').toBe(true);
  });

  it('describes a scenario object with the envelope and every section', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    const properties = schema.properties as Record<string, { const?: unknown }>;
    for (const key of ['format', 'version', 'name', 'seed', 'population', 'behaviour', 'history', 'campaign', 'policies', 'audit'])
      expect(properties, key).toHaveProperty(key);
    expect(properties.format!.const).toBe('fairground.scenario');
    expect(properties.version!.const).toBe(1);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'name', 'seed', 'population', 'behaviour', 'history', 'campaign', 'policies']));
  });

  it('accepts the default scenario and a minimal one', () => {
    expect(schemaErrors(schema, defaultDoc())).toEqual([]);
    expect(schemaErrors(schema, minimalDoc())).toEqual([]);
  });

  it('accepts every preset file in scenarios/', () => {
    const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    expect(files).toContain('default.json');
    for (const file of files) expect(schemaErrors(schema, JSON.parse(readFileSync(`${scenariosDir}${file}`, 'utf8'))), file).toEqual([]);
  });

  it('rejects what the validator rejects in shape: an unknown field, a missing section, a wrong policy type', () => {
    const doc = defaultDoc();
    doc.colour = 'red';
    delete doc.history;
    doc.policies[0].type = 'magic';
    const errors = schemaErrors(schema, doc);
    expect(errors).toContain('$: unknown property "colour"');
    expect(errors).toContain('$: missing required "history"');
    expect(errors.some((e) => e.startsWith('$.policies[0]:'))).toBe(true);
  });
});

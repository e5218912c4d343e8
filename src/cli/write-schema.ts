/**
 * Writes the scenario format's JSON Schema to `scenarios/scenario.schema.json`: `npm run schema`.
 * The file is generated from the zod schema and committed, so editors can complete and check
 * scenario files; a test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../core/scenario';

export const SCHEMA_PATH = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

/** The file's exact text: 2-space indentation and a trailing newline. */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, scenarioSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}

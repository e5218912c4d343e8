/** The JSON Schema of the scenario format, generated from the zod schema for editors. */
import { z } from 'zod';
import { Scenario } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://fairground.invalid/scenario.schema.json',
    title: 'Fairground scenario',
    description: 'A Fairground synthetic-audience scenario, format "fairground.scenario" version 1.',
  };
}

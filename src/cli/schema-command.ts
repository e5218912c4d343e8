/** `fairground schema`: the scenario format's JSON Schema, for editors. */
import { scenarioJsonSchema } from '../core/scenario';
import type { CliIo } from './io';

export function schemaCommand(io: CliIo): number {
  io.out(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
  return 0;
}

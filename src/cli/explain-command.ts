/**
 * `fairground explain` and `fairground card`: run the scenario in this process (the explanations
 * read the people and fitted models the run kept) and print one person's explanation or a learned
 * policy's model card, as text at 80 columns or as JSON (`--json`).
 */
import { explainPerson } from '../core/explain/explain-person';
import { modelCard } from '../core/explain/model-card';
import { explainSession } from '../core/explain/session';
import { CliError } from './io';
import type { CliIo } from './io';
import { formatCard, formatExplanation } from './explain-text';
import { loadScenario } from './read-scenario';
import type { Overrides } from './read-scenario';

export interface ExplainOptions extends Overrides {
  policy: string;
  person?: number;
  json?: boolean;
}

async function session(io: CliIo, file: string, options: ExplainOptions) {
  const { scenario, notes } = await loadScenario(file, options);
  for (const note of notes) io.err(`${note}\n`);
  if (!scenario.policies.some((p) => p.id === options.policy))
    throw new CliError(`there is no policy "${options.policy}"; the scenario has: ${scenario.policies.map((p) => p.id).join(', ')}`);
  return explainSession(scenario);
}

function jsonOf(value: unknown): string {
  return `${JSON.stringify(value, (_, v: unknown) => (v instanceof Float64Array ? Array.from(v) : v === Infinity ? null : v), 2)}\n`;
}

export async function explainCommand(io: CliIo, file: string, options: ExplainOptions): Promise<number> {
  const s = await session(io, file, options);
  const id = options.person ?? 0;
  if (id >= s.scenario.population.size) throw new CliError(`there is no person ${id}: the population has people 0 to ${s.scenario.population.size - 1}`);
  const e = explainPerson(s, options.policy, id);
  io.out(options.json ? jsonOf(e) : formatExplanation(s.scenario, e));
  return 0;
}

export async function cardCommand(io: CliIo, file: string, options: ExplainOptions): Promise<number> {
  const s = await session(io, file, options);
  let card;
  try {
    card = modelCard(s, options.policy);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  io.out(options.json ? jsonOf(card) : formatCard(card));
  return 0;
}

/** `fairground validate <scenario.json>`: every problem as `path: message`, or a one-line OK summary. */
import { issueToString, parseScenarioText } from '../core/scenario';
import { describeSweepWork, planSweep } from '../core/sweep/plan';
import type { CliIo } from './io';
import { readScenarioText } from './read-scenario';
import { workLine } from './work-note';
import { wrap } from './wrap';

export async function validateCommand(io: CliIo, file: string): Promise<number> {
  const parsed = parseScenarioText(await readScenarioText(file));
  if (!parsed.ok) {
    for (const issue of parsed.issues) io.out(`${issueToString(issue)}\n`);
    const s = parsed.issues.length === 1 ? '' : 's';
    io.err(`${file}: ${parsed.issues.length} problem${s}\n`);
    return 1;
  }
  const { scenario } = parsed;
  // A sweep is checked point by point: each must give a valid scenario.
  const sweep = scenario.sweep ? planSweep(scenario) : undefined;
  if (sweep && !sweep.ok) {
    for (const issue of sweep.issues) io.out(`${issueToString(issue)}\n`);
    io.err(`${file}: the sweep has ${sweep.issues.length} problem${sweep.issues.length === 1 ? '' : 's'}\n`);
    return 1;
  }
  const people = scenario.population.size.toLocaleString('en');
  io.out(
    `OK ${file}: "${scenario.name}", ${people} people, ${scenario.population.attributes.length} attributes, ` +
      `${scenario.policies.length} policies, seed ${JSON.stringify(scenario.seed)}\n`,
  );
  io.out(`${wrap(workLine(scenario))}\n`);
  if (sweep?.ok) io.out(`${wrap(`Sweep: ${describeSweepWork(sweep.plan.work)}`)}\n`);
  return 0;
}

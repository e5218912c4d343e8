/** `fairground population`: runs a scenario and streams one policy's per-person CSV to a file. */
import { basename } from 'node:path';
import { createNodeEngine } from '../../workers/node-engine';
import { CliError } from './io';
import type { CliIo } from './io';
import { checkOutputFile, writeStreamAtomically } from './output-dir';
import { progressLine } from './progress-line';
import { loadScenario } from './read-scenario';
import type { Overrides } from './read-scenario';
import { largeRunNote } from './work-note';
import { compileOnWorkerThreads, resolveWorkers, warmUpChunks } from './worker-count';
import { wrap } from './wrap';

export interface PopulationCommandOptions extends Overrides {
  policy: string;
  out: string;
  rows?: number;
  workers?: number;
}

export async function populationCommand(io: CliIo, file: string, options: PopulationCommandOptions): Promise<number> {
  const { scenario, notes } = await loadScenario(file, options);
  for (const note of notes) io.err(`${note}\n`);
  if (!scenario.policies.some((p) => p.id === options.policy))
    throw new CliError(`there is no policy "${options.policy}"; the scenario has: ${scenario.policies.map((p) => p.id).join(', ')}`);
  // Before the run: a run of minutes must not end in "cannot write".
  const plan = await checkOutputFile(options.out);
  if (plan.replaces.length) io.err(`--out ${options.out}: this export will replace the earlier file when it finishes.\n`);
  const workers = resolveWorkers(options.workers, (text) => io.err(`${wrap(text)}\n`));
  const large = largeRunNote(scenario);
  if (large) io.err(`${wrap(large)}\n`);
  compileOnWorkerThreads(workers);
  const engine = createNodeEngine({ workers, warmUpChunks: warmUpChunks() });
  const progress = progressLine(io.err, io.progress);
  try {
    await engine.run(scenario, { onProgress: (p) => progress.update(p), replicates: 1 });
    progress.clear();
    const rows = Math.min(options.rows ?? Infinity, scenario.population.size);
    const bytes = await writeStreamAtomically(plan, basename(options.out), engine.peopleCsv(options.policy, { rows }));
    io.out(`Wrote ${rows.toLocaleString('en')} people of policy "${options.policy}" to ${options.out} (${(bytes / 1e6).toFixed(1)} MB)\n`);
    return 0;
  } finally {
    progress.clear();
    engine.dispose();
  }
}

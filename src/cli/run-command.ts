/** `fairground run`: runs a scenario on worker threads, writes results.json and metrics.csv, prints a summary. */
import { join } from 'node:path';
import { chunkSpans } from '../core/population/chunk';
import { describeOutcome, evaluateClaims } from '../core/presets/claims';
import { resultsToJson } from '../core/results/json';
import { metricsCsv } from '../core/results/metrics-csv';
import { createNodeEngine } from '../../workers/node-engine';
import type { CliIo } from './io';
import { ensureDir, writeText } from './output-dir';
import { progressLine } from './progress-line';
import type { Overrides } from './read-scenario';
import { summaryTable } from './summary-table';

export interface RunCommandOptions extends Overrides {
  out: string;
  workers?: number;
}

export async function runCommand(io: CliIo, file: string, options: RunCommandOptions): Promise<number> {
  const engine = createNodeEngine({ workers: options.workers });
  // The workers boot on their own threads while this one loads the validator and reads the file.
  engine.prestart?.(options.size === undefined ? undefined : chunkSpans(options.size).length);
  const progress = progressLine(io.err, io.progress);
  try {
    const { loadScenario } = await import('./read-scenario');
    const { scenario, notes } = await loadScenario(file, options);
    for (const note of notes) io.err(`${note}\n`);
    await ensureDir(options.out);
    const { results, timings } = await engine.run(scenario, { onProgress: (p) => progress.update(p) });
    progress.clear();
    const json = join(options.out, 'results.json');
    const csv = join(options.out, 'metrics.csv');
    await writeText(json, resultsToJson(results));
    await writeText(csv, metricsCsv(results));
    const people = results.populationSize.toLocaleString('en');
    const reps = results.replicates > 1 ? `, ${results.replicates} replicates` : '';
    io.out(`${scenario.name}: ${people} people${reps}, ${engine.counts.spawned} workers, ${(timings.total / 1000).toFixed(2)} s\n\n`);
    io.out(summaryTable(results));
    if (scenario.claims?.length) {
      // A preset's claims, checked on this run: what its narrative says should be visible.
      io.out('\nClaims\n');
      for (const outcome of evaluateClaims(scenario, results))
        io.out(`  ${outcome.holds ? '✓' : '✗'} ${outcome.claim.text} — ${describeOutcome(outcome)}\n`);
    }
    io.out(`\nWrote ${json} and ${csv}\n`);
    return 0;
  } finally {
    progress.clear();
    engine.dispose();
  }
}

/** `fairground run`: runs a scenario on worker threads, writes results.json and metrics.csv, prints a summary. */
import { join } from 'node:path';
import { chunkSpans } from '../core/population/chunk';
import { describeOutcome, evaluateClaims } from '../core/presets/claims';
import { resultsToJson } from '../core/results/json';
import { metricsCsv } from '../core/results/metrics-csv';
import { createNodeEngine } from '../../workers/node-engine';
import { WorkerStartFailure } from '../../workers/spawn';
import { CliError } from './io';
import type { CliIo } from './io';
import { checkOutputDir, writeFilesAtomically } from './output-dir';
import type { OutputPlan } from './output-dir';
import { progressLine } from './progress-line';
import type { Overrides } from './read-scenario';
import { summaryTable } from './summary-table';
import { roundsText } from './rounds-text';
import { inferredText } from './inferred-text';
import { compileOnWorkerThreads, resolveWorkers, warmUpChunks } from './worker-count';
import { wrap } from './wrap';
import { clearSteps, markStep, stepTimes } from './step-marks';
import { countText } from '../core/text/counts';

export interface RunCommandOptions extends Overrides {
  out: string;
  workers?: number;
}

const OUTPUTS = ['results.json', 'metrics.csv'] as const;

/** `makeEngine` is for tests (an engine that fails on purpose); the CLI uses Node worker threads. */
export async function runCommand(io: CliIo, file: string, options: RunCommandOptions, makeEngine: typeof createNodeEngine = createNodeEngine): Promise<number> {
  clearSteps();
  markStep('runCommand');
  const workerNotes: string[] = [];
  const workers = resolveWorkers(options.workers, (text) => workerNotes.push(text));
  compileOnWorkerThreads(workers);
  const engine = makeEngine({ workers, warmUpChunks: warmUpChunks() });
  // The workers boot on their own threads while this one loads the validator and reads the file.
  engine.prestart?.(options.size === undefined ? undefined : chunkSpans(options.size).length);
  const progress = progressLine(io.err, io.progress);
  try {
    // Loaded here, not at the top: both load the scenario schema (zod), the slowest module to start.
    // Bundled, that load is one synchronous step of ~30 ms: first the prestart's chain of promises
    // must reach its spawn (a turn of the event loop), or the workers start only after it.
    await new Promise((resolve) => setImmediate(resolve));
    markStep('validatorLoading');
    const [{ loadScenario }, { largeRunNote }] = await Promise.all([import('./read-scenario'), import('./work-note')]);
    markStep('validatorLoaded');
    const { scenario, notes } = await loadScenario(file, options);
    markStep('validated');
    for (const note of notes) io.err(`${note}\n`);
    // Before any work: the outputs must be writable, and earlier ones are named so nobody is surprised.
    const plan = await checkOutputDir(options.out, OUTPUTS);
    if (plan.replaces.length) io.err(`${wrap(replacing(plan))}\n`);
    for (const text of workerNotes) io.err(`${wrap(text)}\n`);
    const large = largeRunNote(scenario);
    if (large) io.err(`${wrap(large)}\n`);
    let output;
    try {
      markStep('runStart');
      output = await engine.run(scenario, { onProgress: (p) => progress.update(p) });
    } catch (e) {
      // The earlier results stay whole, but must not pass for this run's.
      const earlier = plan.replaces.map((r) => join(options.out, r.name));
      if (earlier.length) io.err(`The run failed; ${earlier.join(' and ')} ${earlier.length === 1 ? 'is' : 'are'} from an earlier run.\n`);
      // Workers that never started are the machine's state, not a bug: one line says so.
      throw e instanceof WorkerStartFailure ? new CliError(e.message) : e;
    }
    const { results, timings } = output;
    markStep('runEnd');
    // The workers are done: they stop (and free their people) while this thread writes the files.
    engine.dispose();
    progress.clear();
    // For profiling: the stage timings (milliseconds), never part of the results.
    if (process.env.FAIRGROUND_TIMINGS) io.err(`timings ${JSON.stringify(timings)}\n`);
    const [json, csv] = await writeFilesAtomically(plan, [
      { name: 'results.json', text: resultsToJson(results) },
      { name: 'metrics.csv', text: metricsCsv(results) },
    ]);
    markStep('written');
    const people = countText(results.populationSize);
    const reps = results.replicates > 1 ? `, ${results.replicates} replicates` : '';
    io.out(`${scenario.name}: ${people} people${reps}, ${engine.counts.spawned} workers, ${(timings.total / 1000).toFixed(2)} s\n\n`);
    io.out(summaryTable(results));
    if (results.rounds) io.out(`\n${roundsText(results)}`);
    io.out(inferredText(results));
    if (scenario.claims?.length) {
      // A preset's claims, checked on this run: what its narrative says should be visible.
      io.out('\nClaims\n');
      for (const outcome of evaluateClaims(scenario, results))
        io.out(`  ${outcome.holds ? '✓' : '✗'} ${outcome.claim.text} — ${describeOutcome(outcome)}\n`);
    }
    io.out(`\nWrote ${json} and ${csv}${plan.replaces.length ? ' (replacing the earlier results)' : ''}\n`);
    if (process.env.FAIRGROUND_TIMINGS) {
      markStep('printed');
      io.err(`steps ${JSON.stringify(stepTimes())}\n`);
    }
    return 0;
  } finally {
    progress.clear();
    engine.dispose();
  }
}

function replacing(plan: OutputPlan): string {
  const when = plan.replaces.map((r) => `${r.name} of ${r.modified.toISOString().slice(0, 16).replace('T', ' ')} UTC`).join(', ');
  return `--out ${plan.dir}: this run will replace the earlier ${when} when it finishes.`;
}

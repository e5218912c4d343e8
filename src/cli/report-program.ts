/**
 * The `report` command's options and help. The command's code (the report builder, the engine) is
 * loaded only when it runs, so `fairground --help` stays fast.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { LIMITS } from '../core/scenario/limits';
import type { CliIo } from './io';

function count(max: number) {
  return (text: string): number => {
    const n = Number(text.replace(/_/g, ''));
    if (!/^\s*[\d_]+\s*$/.test(text) || !Number.isSafeInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`expected a whole number from 1 to ${max.toLocaleString('en')}.`);
    return n;
  };
}

export function addReportCommand(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('report')
    .description('write the audit report: one self-contained HTML file (and a PDF through headless Chromium), or compare two runs')
    .argument('[scenario]', 'scenario file (.json), or an earlier report (.html) whose scenario and sign-off are kept')
    .option('--out <file>', 'the HTML file to write (default: report.html; with --compare, an optional HTML page)')
    .option('--pdf <file>', 'also print the report to this PDF (needs Chromium)')
    .option('--results <file>', 'use the results.json of an earlier run of this scenario instead of running it')
    .option('--compare <results...>', 'compare two runs: before.json after.json (results files)')
    .option('--chromium <path>', 'the Chromium (or Chrome) to print with (default: FAIRGROUND_CHROMIUM, then the usual paths)')
    .option('--workers <n>', 'worker threads (default: one per core, at most 8)', count(64))
    .option('--size <n>', 'override the population size', count(LIMITS.populationSize))
    .option('--replicates <r>', "run R replicate seeds and report the spread (default: the scenario's audit.replicates)", count(LIMITS.replicates))
    .addHelpText('after', `
Examples:
  fairground report scenarios/default.json --out report.html --pdf report.pdf
  fairground report scenarios/default.json --results out/results.json
  fairground report signed-report.html --out report-again.html
  fairground report --compare before/results.json after/results.json

The report holds the findings, provenance, data inventory, policies in plain
words, impact-ratio tables in the Local Law 144 layout, error rates, the cost of
fairness with a levelling-down check, the claims and a sign-off block. It opens
from disk and makes no network request.
`)
    .action(async (file: string | undefined, opts: { out?: string; pdf?: string; results?: string; compare?: string[]; chromium?: string; workers?: number; size?: number; replicates?: number }) => {
      const { reportCommand } = await import('./report-command');
      setCode(await reportCommand(io, file, opts));
    });
}

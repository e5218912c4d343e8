/**
 * The `fairground` command line (commander). `runCli` never exits the process: it resolves to the
 * exit code, and writes through `io`, so tests run it in-process. Each command's module is loaded
 * only when that command runs, so `--help` and argument errors never load the engine or the
 * validator (the built CLI keeps them in separate chunks).
 */
import { addSweepCommands } from './sweep-commands';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { LIMITS } from '../core/scenario/limits';
import { CliError } from './io';
import type { CliIo } from './io';
import { addReportCommand } from './report-program';
import { MAX_WORKERS_OPTION, WORKERS_HELP } from './worker-help';

function wholeNumber(min: number, max: number) {
  return (text: string): number => {
    const n = Number(text.replace(/_/g, ''));
    if (!/^\s*[\d_]+\s*$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`);
    return n;
  };
}

/** Replicates `--model-noise` asks for when given no number. */
const MODEL_NOISE_REPLICATES = 20;

const workersOption = ['--workers <n>', WORKERS_HELP, wholeNumber(1, MAX_WORKERS_OPTION)] as const;
const sizeOption = ['--size <n>', 'override the population size (a share budget keeps its share; history and a people budget are scaled down if they would not fit)', wholeNumber(1, LIMITS.populationSize)] as const;

export function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('fairground')
    .description('Synthetic audience fairness simulator: run targeting policies on a seeded synthetic population and audit who they reach.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `
Examples:
  fairground validate scenarios/default.json
  fairground run scenarios/default.json --out out/default
  fairground population scenarios/default.json --policy delivery --out people.csv --rows 10000
  fairground schema > scenarios/scenario.schema.json
`);

  program
    .command('run')
    .description('run a scenario: writes results.json and metrics.csv and prints a summary per policy')
    .argument('<scenario>', 'scenario file (.json)')
    .option('--out <dir>', 'directory for results.json and metrics.csv', 'out')
    .option(...workersOption)
    .option('--replicates <r>', 'run R replicate seeds and report the spread (default: the scenario\'s audit.replicates)', wholeNumber(1, LIMITS.replicates))
    .option('--model-noise [r]', `measure the model's own noise: ${MODEL_NOISE_REPLICATES} replicates (or R); learned policies' verdicts come from them`, wholeNumber(2, LIMITS.replicates))
    .option(...sizeOption)
    .addHelpText('after', `
Examples:
  fairground run scenarios/default.json
  fairground run scenarios/default.json --out out/1m --size 1000000 --workers 2
  fairground run my-scenario.json --replicates 10
  fairground run scenarios/default.json --model-noise        (${MODEL_NOISE_REPLICATES} replicates)

Results do not depend on --workers: the same scenario and seed give byte-identical results.json.
`)
    .action(async (file: string, opts: { out: string; workers?: number; replicates?: number; modelNoise?: number | true; size?: number }) => {
      const { runCommand } = await import('./run-command');
      const { modelNoise, ...rest } = opts;
      const noise = modelNoise === true ? MODEL_NOISE_REPLICATES : modelNoise;
      setCode(await runCommand(io, file, { ...rest, replicates: rest.replicates ?? noise }));
    });

  program
    .command('validate')
    .description('check a scenario file: prints every problem as "path: message" (exit 1), or a one-line summary')
    .argument('<scenario>', 'scenario file (.json)')
    .addHelpText('after', `
Example:
  fairground validate scenarios/default.json
`)
    .action(async (file: string) => {
      const { validateCommand } = await import('./validate-command');
      setCode(await validateCommand(io, file));
    });

  addSweepCommands(program, io, setCode, { workers: workersOption, size: sizeOption });

  program
    .command('population')
    .description("run a scenario and export one policy's per-person table (attributes, score, selected, label_value) as CSV")
    .argument('<scenario>', 'scenario file (.json)')
    .requiredOption('--policy <id>', 'the policy whose decisions are exported')
    .requiredOption('--out <file>', 'CSV file to write')
    .option('--rows <n>', 'export only the first N people', wholeNumber(0, LIMITS.populationSize))
    .option(...workersOption)
    .option(...sizeOption)
    .addHelpText('after', `
Examples:
  fairground population scenarios/default.json --policy delivery --out people.csv
  fairground population scenarios/default.json --policy propensity --out sample.csv --rows 5000

The columns are what Aequitas and Fairlearn read: score/selected (the decision), label_value (the potential conversion).
`)
    .action(async (file: string, opts: { policy: string; out: string; rows?: number; workers?: number; size?: number }) => {
      const { populationCommand } = await import('./population-command');
      setCode(await populationCommand(io, file, opts));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the scenario format')
    .addHelpText('after', `
Example:
  fairground schema > scenarios/scenario.schema.json
`)
    .action(async () => {
      const { schemaCommand } = await import('./schema-command');
      setCode(schemaCommand(io));
    });

  addReportCommand(program, io, setCode);

  return program;
}

/** Runs the command line; resolves to the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  if (argv.length === 0) {
    program.outputHelp();
    return 1;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof CliError) {
      io.err(`fairground: ${e.message}\n`);
      return 1;
    }
    // An unexpected error is a bug: say so, with the stack when FAIRGROUND_DEBUG is set.
    const detail = e instanceof Error ? (globalThis.process?.env.FAIRGROUND_DEBUG ? e.stack : e.message) : String(e);
    io.err(`fairground: unexpected error: ${detail}\n`);
    return 2;
  }
}

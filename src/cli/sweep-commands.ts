/**
 * Registers `fairground sweep` and `fairground merge`. Their modules load only when one of them
 * runs, so the other commands start without them.
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { CliIo } from './io';

type Parse = (text: string) => number;
type OptionSpec = readonly [string, string, Parse];

function shardCount(text: string): number {
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of shards, at least 1.');
  return n;
}

export function addSweepCommands(program: Command, io: CliIo, setCode: (code: number) => void, common: { workers: OptionSpec; size: OptionSpec }): void {
  program
    .command('sweep')
    .description("run the scenario's sweep (a grid of what-ifs): writes sweep.csv (point × policy × group), sweep-policies.csv and one results.json per point")
    .argument('<scenario>', 'scenario file (.json) with a "sweep" section')
    .option('--out <dir>', 'directory for the outputs', 'out/sweep')
    .option('--shard <i/n>', 'run only shard I of N (I from 0); each shard writes shards/shard-I-of-N.json for `fairground merge`')
    .option('--no-shard', "run every point here, even inside a job array's environment")
    .option('--shard-count <n>', 'the number of shards, where the batch engine gives only the index (Kubernetes JOB_COMPLETION_INDEX, AWS Batch)', shardCount)
    .option(...common.workers)
    .option(...common.size)
    .addHelpText('after', `
Examples:
  fairground sweep examples/sweeps/budget-small.json --out out/budget
  fairground sweep examples/sweeps/budget-small.json --out out/shared --shard 2/4
  fairground merge out/shared --out out/budget

Without --shard, the shard comes from the batch engine's environment:
  Slurm job arrays      SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT
  Kubernetes Indexed    JOB_COMPLETION_INDEX, with --shard-count N
  AWS Batch arrays      AWS_BATCH_JOB_ARRAY_INDEX, with AWS_BATCH_JOB_ARRAY_SIZE
                        or --shard-count N
With none of them the whole grid runs here. Ctrl-C cancels. See docs/sweeps.md.
`)
    .action(async (file: string, opts: { out: string; shard?: string | false; shardCount?: number; workers?: number; size?: number }) => {
      const { sweepCommand } = await import('./sweep-command');
      const controller = new AbortController();
      const cancel = () => controller.abort();
      process.once('SIGINT', cancel);
      try {
        setCode(await sweepCommand(io, file, opts, { env: process.env, signal: controller.signal }));
      } finally {
        process.off('SIGINT', cancel);
      }
    });

  program
    .command('merge')
    .description('combine the shards of a sweep into the files a single-machine sweep writes')
    .argument('<dirs...>', 'the --out folders of the shards (one shared folder is fine)')
    .requiredOption('--out <dir>', 'directory for the merged sweep')
    .addHelpText('after', `
Example:
  fairground merge out/shard-0 out/shard-1 out/shard-2 --out out/sweep

Every shard of the sweep must be there once; the output is byte for byte what
\`fairground sweep\` writes on one machine (without timings.json).
`)
    .action(async (dirs: string[], opts: { out: string }) => {
      const { mergeCommand } = await import('./merge-command');
      setCode(await mergeCommand(io, dirs, opts));
    });
}

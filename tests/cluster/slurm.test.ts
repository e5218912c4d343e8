/**
 * The sweep on a real batch engine: a single-node Slurm cluster on this machine (started by
 * `start-slurm.sh`, which `.ci/run` calls and which leaves a running cluster alone), a 4-task job
 * array running `fairground sweep` (each task picks its shard from SLURM_ARRAY_TASK_ID), a merge,
 * and a byte-for-byte comparison with the same sweep run here. Where Slurm cannot be started the
 * test says why; with CI=true that is a failure, elsewhere the test is skipped with the reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { collectIo } from '../cli/cli-io';
import { sweepOutputs } from '../cli/sweep-files';

const ROOT = resolve(import.meta.dirname, '../..');
const STATE = process.env.FAIRGROUND_SLURM_DIR ?? '/tmp/fairground-slurm';
const env = { ...process.env, SLURM_CONF: join(STATE, 'slurm.conf') };
const FILE = 'examples/sweeps/budget-small.json';
const inCi = process.env.CI === 'true';
/** The command line each array task runs: the built CLI (vitest's global setup builds dist-cli/ first). */
const CLI = 'node dist-cli/fairground.mjs';

function startCluster(): { ready: boolean; reason: string } {
  const r = spawnSync(join(ROOT, 'tests/cluster/start-slurm.sh'), { env, encoding: 'utf8', timeout: 120_000 });
  if (r.error) return { ready: false, reason: `start-slurm.sh could not run: ${r.error.message}` };
  return { ready: r.status === 0, reason: (r.stderr || r.stdout).trim() };
}

const cluster = startCluster();
if (!cluster.ready && !inCi) console.warn(`Slurm job-array test skipped: ${cluster.reason}`);

describe('sweep shards on a Slurm job array', () => {
  it.runIf(!cluster.ready && inCi)('Slurm could be started (CI requires it)', () => {
    throw new Error(`Slurm could not be started, so the job-array test cannot run: ${cluster.reason}`);
  });

  it.runIf(cluster.ready)('sbatch --array=0-3 --wait runs the four shards; their merge equals a local sweep byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairground-slurm-'));
    const shards = join(dir, 'shards-out');
    // The batch script the docs ship, with this checkout's CLI and a smaller share of the machine.
    const script = join(ROOT, 'docs/examples/sweep.sbatch');
    const submitted = spawnSync('sbatch', [
      '--array=0-3', '--wait', '--parsable', '--cpus-per-task=1', '--mem=1G', `--chdir=${ROOT}`, `--output=${dir}/slurm-%A_%a.out`,
      `--export=ALL,SCENARIO=${FILE},OUT=${dir},FAIRGROUND=${CLI}`, script,
    ], { env, encoding: 'utf8', timeout: 300_000 });
    const logs = readdirSync(dir).filter((f) => f.startsWith('slurm-')).map((f) => `${f}:\n${readFileSync(join(dir, f), 'utf8')}`).join('\n');
    expect(submitted.status, `sbatch failed: ${submitted.stderr}\n${logs}`).toBe(0);
    expect(readdirSync(join(shards, 'shards')).filter((f) => !f.includes('timings')).sort()).toEqual([
      'shard-0000-of-0004.json', 'shard-0001-of-0004.json', 'shard-0002-of-0004.json', 'shard-0003-of-0004.json',
    ]);

    const merged = join(dir, 'merged');
    const local = join(dir, 'local');
    for (const args of [['merge', shards, '--out', merged], ['sweep', FILE, '--out', local, '--workers', '1']]) {
      const io = collectIo();
      expect(await runCli(args, io), io.stderr).toBe(0);
    }
    const mergedFiles = sweepOutputs(merged);
    expect(Object.keys(mergedFiles)).toHaveLength(13); // sweep.json, two tables, 10 results.json
    expect(mergedFiles).toEqual(sweepOutputs(local));
  }, 300_000);
});

/**
 * `fairground sweep FILE --out DIR [--shard I/N]`: runs the scenario's sweep on one pool of worker
 * threads, point after point (points with the same people run together, so the engine keeps them),
 * with progress on a terminal and Ctrl-C to cancel. Without `--shard`, a batch engine's
 * environment picks the shard (Slurm, Kubernetes Indexed Jobs, AWS Batch); with neither, the whole
 * grid runs and the tables are written.
 */
import { join } from 'node:path';
import { dealShards, describeSweepWork, manifestJson, parseShard, planSweep, runOrder, runSweepPoints, shardFromEnvironment, shardManifest, shardName, sweepManifest } from '../core/sweep';
import type { PointRows, Shard, SweepPlan, SweepPolicyRow } from '../core/sweep';
import { sweepPolicyRows } from '../core/sweep';
import { sweepSummary } from './sweep-summary';
import { issueToString } from '../core/scenario';
import { stableJson } from '../core/results/json';
import { createNodeEngine } from '../../workers/node-engine';
import { compileOnWorkerThreads, warmUpChunks } from './worker-count';
import { CliError } from './io';
import type { CliIo } from './io';
import { loadScenario } from './read-scenario';
import type { Overrides } from './read-scenario';
import { SWEEP_FILES, ensureDir, pointResultsFile, writeSweepTables, writeText } from './sweep-files';
import { sweepProgress } from './sweep-progress';

export interface SweepCommandOptions extends Overrides {
  out: string;
  workers?: number;
  /** `I/N`; false (`--no-shard`) runs every point whatever the environment says. */
  shard?: string | false;
  shardCount?: number;
}

export interface SweepContext {
  env: Readonly<Record<string, string | undefined>>;
  /** Aborts the sweep (the CLI wires Ctrl-C to it). */
  signal?: AbortSignal;
}

function pickShard(options: SweepCommandOptions, env: SweepContext['env']): Shard | undefined {
  if (options.shard === false) return undefined;
  if (options.shard !== undefined) {
    const parsed = parseShard(options.shard);
    if (!parsed.ok) throw new CliError(parsed.message);
    if (options.shardCount !== undefined && options.shardCount !== parsed.shard.count)
      throw new CliError(`--shard ${options.shard} and --shard-count ${options.shardCount} disagree on the number of shards`);
    return parsed.shard;
  }
  const fromEnv = shardFromEnvironment(env, options.shardCount);
  if (fromEnv && !fromEnv.ok) throw new CliError(fromEnv.message);
  if (!fromEnv && options.shardCount !== undefined) throw new CliError('--shard-count needs a shard index: give --shard I/N, or run inside a job array (SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX)');
  return fromEnv?.shard;
}

export async function loadSweepPlan(file: string, overrides: Overrides): Promise<{ plan: SweepPlan; notes: string[] }> {
  const { scenario, notes } = await loadScenario(file, overrides);
  const planned = planSweep(scenario);
  if (!planned.ok) {
    const s = planned.issues.length === 1 ? '' : 's';
    throw new CliError(`${file} has no sweep that can run (${planned.issues.length} problem${s}):\n${planned.issues.map((i) => `  ${issueToString(i)}`).join('\n')}`);
  }
  return { plan: planned.plan, notes };
}

export async function sweepCommand(io: CliIo, file: string, options: SweepCommandOptions, context: SweepContext): Promise<number> {
  const shard = pickShard(options, context.env);
  const { plan, notes } = await loadSweepPlan(file, options);
  for (const note of notes) io.err(`${note}\n`);
  const order = shard ? dealShards(plan.points, shard.count)[shard.index]! : runOrder(plan.points);
  const points = order.map((i) => plan.points[i]!);
  const where = shard ? `shard ${shard.index} of ${shard.count} (from 0): ${points.length} of the points` : 'every point';
  io.err(`${plan.scenario.name}\nSweep of ${describeSweepWork(plan.work)}.\nRunning ${where}.\n`);
  await ensureDir(options.out);

  compileOnWorkerThreads(options.workers);

  const engine = createNodeEngine({ workers: options.workers, warmUpChunks: warmUpChunks() });
  const progress = sweepProgress(io, shard);
  // Only each point's table rows and time are kept: its results are on disk.
  const outputs = new Map<number, PointRows & { milliseconds: number; rows: SweepPolicyRow[] }>();
  let band = { low: 0.8, high: 1.25 };
  const started = Date.now();
  try {
    await runSweepPoints(points, (scenario, o) => engine.run(scenario, { signal: context.signal, onProgress: o.onProgress }), {
      signal: context.signal,
      onProgress: (p) => progress.update(p),
      onPoint: async (output) => {
        const path = pointResultsFile(options.out, output.point.id);
        await ensureDir(join(path, '..'));
        await writeText(path, output.json);
        outputs.set(output.point.index, { groupsRows: output.groupsRows, policiesRows: output.policiesRows, milliseconds: output.milliseconds, rows: sweepPolicyRows(output.point, output.results) });
        band = output.results.band;
        progress.finished(output, outputs.size, points.length);
      },
    });
  } catch (e) {
    progress.clear();
    if ((e as Error | undefined)?.name === 'AbortError') {
      io.err(outputs.size
        ? `Cancelled after ${outputs.size} of ${points.length} points; their results.json files are in ${join(options.out, SWEEP_FILES.points)}.\n`
        : 'Cancelled before the first point finished.\n');
      return 130;
    }
    throw e;
  } finally {
    progress.clear();
    engine.dispose();
  }
  const seconds = (Date.now() - started) / 1000;
  const timings = stableJson({ seconds, workers: engine.counts.spawned, points: points.map((p) => ({ id: p.id, milliseconds: outputs.get(p.index)?.milliseconds ?? null })) });
  if (shard) {
    const name = shardName(shard);
    await ensureDir(join(options.out, SWEEP_FILES.shards));
    await writeText(join(options.out, SWEEP_FILES.shards, `${name}.json`), manifestJson(shardManifest(plan, shard, order)));
    await writeText(join(options.out, SWEEP_FILES.shards, `${name}.timings.json`), timings);
    io.out(`Ran ${points.length} of ${plan.points.length} points in ${seconds.toFixed(1)} s (shard ${shard.index} of ${shard.count}); ${reuse(points)}.\n`);
    io.out(`Wrote ${join(options.out, SWEEP_FILES.shards, `${name}.json`)} and the points' results.json.\n`);
    io.out('When every shard has run: fairground merge DIR… --out DIR\n');
    return 0;
  }
  await writeText(join(options.out, SWEEP_FILES.manifest), manifestJson(sweepManifest(plan)));
  await writeSweepTables(options.out, plan.parameters.map((p) => p.name), plan.points.map((p) => outputs.get(p.index)!));
  await writeText(join(options.out, SWEEP_FILES.timings), timings);
  const names = plan.parameters.map((p) => p.name);
  io.out(`${sweepSummary(names, plan.points.flatMap((p) => outputs.get(p.index)!.rows), band)}\n`);
  const w = engine.counts.spawned;
  io.out(`Ran ${plan.points.length} points in ${seconds.toFixed(1)} s on ${w} worker${w === 1 ? '' : 's'}; ${reuse(points)}.\n`);
  io.out(`Wrote ${join(options.out, SWEEP_FILES.groups)} (point × policy × group), ${SWEEP_FILES.policies},\n  ${SWEEP_FILES.manifest} and ${SWEEP_FILES.points}/*/results.json\n`);
  return 0;
}

/** "2 populations generated, reused for 8 points": what running in population order saved. */
function reuse(points: readonly SweepPlan['points'][number][]): string {
  const generated = new Set(points.map((p) => p.populationGroup)).size;
  const reused = points.length - generated;
  return `${generated} population${generated === 1 ? '' : 's'} generated${reused ? `, reused for ${reused} point${reused === 1 ? '' : 's'}` : ''}`;
}

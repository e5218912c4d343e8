/**
 * `fairground merge DIR… --out DIR`: combines the shards of one sweep into exactly the files a
 * single-machine sweep writes (timings aside). Every shard of the sweep must be there once; each
 * point's results.json is checked against the point's scenario hash before it is used.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestJson, pointRows, SWEEP_SHARD_FORMAT, SWEEP_VERSION } from '../core/sweep';
import type { PointRows, ShardManifest, SweepManifest } from '../core/sweep';
import { RESULTS_FORMAT } from '../core/results/types';
import type { Results } from '../core/results/types';
import { CliError } from './io';
import type { CliIo } from './io';
import { POINT_ID, SWEEP_FILES, ensureDir, pointResultsFile, writeSweepTables, writeText } from './sweep-files';

interface FoundShard {
  dir: string;
  file: string;
  manifest: ShardManifest;
}

/** Shard manifests are small; a bigger file is not one of ours. */
const MANIFEST_BYTES = 20_000_000;

async function readText(file: string, limit: number): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    if (text.length > limit) throw new CliError(`${file} is larger than ${limit.toLocaleString('en')} characters`);
    return text;
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

function isShardManifest(v: unknown): v is ShardManifest {
  const m = v as Partial<ShardManifest> | null;
  return typeof m === 'object' && m !== null && m.format === SWEEP_SHARD_FORMAT && m.version === SWEEP_VERSION
    && Number.isSafeInteger(m.shard?.index) && Number.isSafeInteger(m.shard?.count)
    && Array.isArray(m.points) && m.points.every((p) => typeof p === 'string' && POINT_ID.test(p))
    && typeof m.sweep === 'object' && m.sweep !== null && Array.isArray(m.sweep.points) && Array.isArray(m.sweep.parameters)
    && m.sweep.points.every((p) => typeof p?.id === 'string' && POINT_ID.test(p.id) && Array.isArray(p.values));
}

async function findShards(dir: string): Promise<FoundShard[]> {
  const shardsDir = join(dir, SWEEP_FILES.shards);
  let names: string[];
  try {
    names = (await readdir(shardsDir)).filter((n) => /^shard-\d+-of-\d+\.json$/.test(n)).sort();
  } catch {
    throw new CliError(`${dir} holds no shards (no ${shardsDir} folder): give the --out folders of \`fairground sweep --shard\``);
  }
  if (!names.length) throw new CliError(`${shardsDir} holds no shard-*.json files`);
  const found: FoundShard[] = [];
  for (const name of names) {
    const file = join(shardsDir, name);
    let value: unknown;
    try {
      value = JSON.parse(await readText(file, MANIFEST_BYTES));
    } catch (e) {
      throw e instanceof CliError ? e : new CliError(`${file} is not valid JSON`);
    }
    if (!isShardManifest(value)) throw new CliError(`${file} is not a Fairground sweep shard manifest`);
    found.push({ dir, file, manifest: value });
  }
  return found;
}

/** Checks the shards form one whole sweep; returns the sweep and, per point id, the folder holding it. */
export function checkShards(shards: readonly FoundShard[]): { sweep: SweepManifest; owner: Map<string, string> } {
  const first = shards[0]!;
  const sweepText = manifestJson(first.manifest.sweep);
  const count = first.manifest.shard.count;
  const byIndex = new Map<number, FoundShard>();
  for (const s of shards) {
    if (manifestJson(s.manifest.sweep) !== sweepText) throw new CliError(`${s.file} belongs to a different sweep than ${first.file} (scenario, parameters or engine differ)`);
    if (s.manifest.shard.count !== count) throw new CliError(`${s.file} is shard ${s.manifest.shard.index} of ${s.manifest.shard.count}, but ${first.file} is one of ${count}`);
    const seen = byIndex.get(s.manifest.shard.index);
    if (seen && JSON.stringify(seen.manifest.points) !== JSON.stringify(s.manifest.points)) throw new CliError(`${s.file} and ${seen.file} are both shard ${s.manifest.shard.index} but list different points`);
    if (!seen) byIndex.set(s.manifest.shard.index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length) throw new CliError(`shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing (0-based); run them, then merge again`);
  const owner = new Map<string, string>();
  for (const s of byIndex.values()) for (const id of s.manifest.points) {
    if (owner.has(id)) throw new CliError(`point ${id} is in two shards`);
    owner.set(id, s.dir);
  }
  const sweep = first.manifest.sweep;
  const lost = sweep.points.filter((p) => !owner.has(p.id)).map((p) => p.id);
  if (lost.length || owner.size !== sweep.points.length) throw new CliError(`the shards do not cover the sweep: ${lost.length ? `missing points ${lost.slice(0, 10).join(', ')}` : 'they list points the sweep does not have'}`);
  return { sweep, owner };
}

async function readPointResults(dir: string, id: string, hash: string): Promise<{ text: string; results: Results }> {
  const file = pointResultsFile(dir, id);
  const text = await readText(file, 200_000_000);
  let results: Results;
  try {
    results = JSON.parse(text) as Results;
  } catch {
    throw new CliError(`${file} is not valid JSON`);
  }
  if (results?.format !== RESULTS_FORMAT || !Array.isArray(results.policies)) throw new CliError(`${file} is not a Fairground results file`);
  if (results.scenario?.hash !== hash) throw new CliError(`${file} is for another scenario (hash ${String(results.scenario?.hash)}, expected ${hash}): was the shard run on a different file?`);
  return { text, results };
}

export async function mergeCommand(io: CliIo, dirs: readonly string[], options: { out: string }): Promise<number> {
  const shards = (await Promise.all(dirs.map(findShards))).flat();
  const { sweep, owner } = checkShards(shards);
  await ensureDir(options.out);
  const rows: PointRows[] = [];
  for (const point of sweep.points) {
    const { text, results } = await readPointResults(owner.get(point.id)!, point.id, point.scenarioHash);
    const target = pointResultsFile(options.out, point.id);
    await ensureDir(join(target, '..'));
    await writeText(target, text);
    rows.push(pointRows(point, results));
  }
  await writeText(join(options.out, SWEEP_FILES.manifest), manifestJson(sweep));
  await writeSweepTables(options.out, sweep.parameters.map((p) => p.name), rows);
  const count = shards[0]!.manifest.shard.count;
  io.out(`Merged ${count} shard${count === 1 ? '' : 's'} (${sweep.points.length} points) into ${options.out}:\n  ${SWEEP_FILES.groups}, ${SWEEP_FILES.policies}, ${SWEEP_FILES.manifest} and ${SWEEP_FILES.points}/*/results.json\n`);
  return 0;
}

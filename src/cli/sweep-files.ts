/**
 * Where a sweep's outputs go inside its directory. A whole sweep (and a merge) writes
 * `sweep.json`, `sweep.csv`, `sweep-policies.csv` and `points/<id>/results.json`, plus
 * `timings.json` (the only file that differs between runs). A shard writes its points' results and
 * `shards/<shard>.json`; shards of one sweep may share a directory or use one each.
 */
import { basename, dirname, join } from 'node:path';
import { sweepGroupsHeader, sweepPoliciesHeader } from '../core/sweep/tables';
import type { PointRows } from '../core/sweep/tables';
import { checkOutputDir, makeDirs, writeFilesAtomically, writeStreamAtomically } from './output-dir';

export const SWEEP_FILES = {
  manifest: 'sweep.json',
  groups: 'sweep.csv',
  policies: 'sweep-policies.csv',
  timings: 'timings.json',
  points: 'points',
  shards: 'shards',
} as const;

/** Point ids come from manifests on disk: only `p` and digits may become a folder name. */
export const POINT_ID = /^p\d{1,9}$/;

export const pointResultsFile = (dir: string, id: string) => join(dir, SWEEP_FILES.points, id, 'results.json');

/** Writes `sweep.csv` and `sweep-policies.csv` piece by piece (a big grid's table need not fit in one string). */
export async function writeSweepTables(dir: string, parameters: readonly string[], points: readonly PointRows[]): Promise<void> {
  async function* pieces(header: string, rows: (p: PointRows) => string) {
    yield header;
    for (const p of points) yield rows(p);
  }
  const plan = await checkOutputDir(dir, [SWEEP_FILES.groups, SWEEP_FILES.policies]);
  await writeStreamAtomically(plan, SWEEP_FILES.groups, pieces(sweepGroupsHeader(parameters), (p) => p.groupsRows));
  await writeStreamAtomically(plan, SWEEP_FILES.policies, pieces(sweepPoliciesHeader(parameters), (p) => p.policiesRows));
}

/** Makes `dir` (and its parents) if missing, after checking it can be written. */
export async function ensureDir(dir: string): Promise<void> {
  await makeDirs(await checkOutputDir(dir, []));
}

/** Writes one file whole: under a temporary name, renamed into place when complete. */
export async function writeText(file: string, text: string): Promise<void> {
  await writeFilesAtomically(await checkOutputDir(dirname(file), [basename(file)]), [{ name: basename(file), text }]);
}

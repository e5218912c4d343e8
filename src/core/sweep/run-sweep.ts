/**
 * Runs sweep points one after another on any `run` function (the engine's, in the CLI and the
 * app), in the order given — group order, so that consecutive points with the same people let the
 * engine keep them. Each finished point is handed to `onPoint` with its results.json text and its
 * table rows, built from that text so that every output reads the same rounded numbers.
 */
import type { RunOptions, RunOutput, RunProgress } from '../engine/run';
import { throwIfAborted } from '../engine/chunk-state';
import type { AbortSignalLike } from '../engine/chunk-state';
import { resultsToJson } from '../results/json';
import type { Results } from '../results/types';
import type { Scenario } from '../scenario/types';
import type { SweepPoint } from './plan';
import { sweepGroupsRows, sweepPoliciesRows } from './tables';

/** Any engine's run: the CLI's worker threads, the app's Web Workers, a LocalRunner in tests. */
export type RunPoint = (scenario: Scenario, options: Pick<RunOptions, 'onProgress'> & { signal?: AbortSignalLike }) => Promise<Pick<RunOutput, 'results'> & { timings?: unknown }>;

function totalMilliseconds(timings: unknown): number {
  const total = (timings as { total?: unknown } | undefined)?.total;
  return typeof total === 'number' ? total : 0;
}

export interface SweepProgress {
  /** Points finished so far, of `total`. */
  done: number;
  total: number;
  /** The point running now. */
  point: SweepPoint;
  /** Fraction of the whole sweep, 0…1. */
  fraction: number;
  run: RunProgress;
}

export interface PointOutput {
  point: SweepPoint;
  /** results.json text. */
  json: string;
  /** The results as read back from `json`. */
  results: Results;
  groupsRows: string;
  policiesRows: string;
  /** Milliseconds of the run (never written into results). */
  milliseconds: number;
}

export interface SweepRunOptions {
  signal?: AbortSignalLike;
  onProgress?: (progress: SweepProgress) => void;
  onPoint?: (output: PointOutput) => void | Promise<void>;
}

export function pointOutput(point: SweepPoint, results: Results, milliseconds: number): PointOutput {
  const json = resultsToJson(results);
  const read = JSON.parse(json) as Results;
  return { point, json, results: read, groupsRows: sweepGroupsRows(point, read), policiesRows: sweepPoliciesRows(point, read), milliseconds };
}

export async function runSweepPoints(points: readonly SweepPoint[], run: RunPoint, options: SweepRunOptions = {}): Promise<void> {
  const { signal, onProgress, onPoint } = options;
  const total = points.length;
  for (let done = 0; done < total; done++) {
    throwIfAborted(signal);
    const point = points[done]!;
    const output = await run(point.scenario, {
      signal,
      onProgress: (p) => onProgress?.({ done, total, point, fraction: (done + p.fraction) / total, run: p }),
    });
    await onPoint?.(pointOutput(point, output.results, totalMilliseconds(output.timings)));
  }
}

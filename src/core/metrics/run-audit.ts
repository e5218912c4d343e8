/**
 * The audit step of a run, on the coordinator: two passes over the chunks (score ranges, then
 * counts, histograms and sample), merged in chunk order. The result feeds `buildResults`.
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import type { Scenario } from '../scenario/types';
import { mergeByAddition } from './counts';
import { reduceChunks } from '../engine/runner';
import { auditCounts, auditScoreRange } from './audit-tasks';
import { auditPlan, type AuditPlan } from './plan';
import { mergeSamples, type ChunkSample } from './sample';

/** Histogram bins per group (the score-distribution chart). */
export const DEFAULT_BINS = 40;
/** People in the "people as dots" sample. */
export const DEFAULT_SAMPLE_SIZE = 600;

export interface MergedAudit {
  plan: AuditPlan;
  policies: string[];
  counts: Float64Array;
  histograms: Float64Array;
  /** [min, max] per policy; ±Infinity when the policy gave no finite score. */
  ranges: number[];
  bins: number;
  sample: ChunkSample | null;
}

export interface AuditOptions {
  bins?: number;
  sampleSize?: number;
  signal?: AbortSignalLike;
}

export async function runAudit(
  runner: ChunkRunner,
  scenario: Scenario,
  policies: string[],
  options: AuditOptions = {},
): Promise<MergedAudit> {
  const bins = options.bins ?? DEFAULT_BINS;
  const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const ranges = await reduceChunks(runner, auditScoreRange, { policies }, options.signal);
  const parts = await runner.map(auditCounts, { policies, ranges, bins, sampleSize }, options.signal);
  return mergeAudit(auditPlan(scenario), policies, parts, ranges, bins);
}

/** Merges chunk results (in chunk order) into one audit. */
export function mergeAudit(
  plan: AuditPlan,
  policies: string[],
  parts: readonly { counts: Float64Array; histograms: Float64Array; sample: ChunkSample | null }[],
  ranges: number[],
  bins: number,
): MergedAudit {
  return {
    plan,
    policies,
    counts: mergeByAddition(parts.map((p) => p.counts)),
    histograms: mergeByAddition(parts.map((p) => p.histograms)),
    ranges,
    bins,
    sample: mergeSamples(parts.map((p) => p.sample)),
  };
}

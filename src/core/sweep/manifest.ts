/**
 * `sweep.json`: what a sweep's outputs are — the scenario, the parameters and every point with its
 * values and the hash of its scenario. The same for a single-machine sweep and a merge of shards,
 * and free of timings. A shard writes the same document with the shard it ran and its points.
 */
import { stableJson } from '../results/json';
import type { SweepValue } from '../scenario/types';
import { scenarioHash } from '../results/hash';
import type { SweepParameterPlan, SweepPlan } from './plan';
import type { Shard } from './shard';
import { DEFAULT_ENGINE } from '../results/build';

export const SWEEP_FORMAT = 'fairground.sweep';
export const SWEEP_SHARD_FORMAT = 'fairground.sweep-shard';
export const SWEEP_VERSION = 1;

export interface SweepManifest {
  format: typeof SWEEP_FORMAT;
  version: typeof SWEEP_VERSION;
  engine: string;
  scenario: { name: string; hash: string };
  grid: 'product' | 'points';
  parameters: SweepParameterPlan[];
  points: { id: string; values: SweepValue[]; scenarioHash: string }[];
}

export interface ShardManifest {
  format: typeof SWEEP_SHARD_FORMAT;
  version: typeof SWEEP_VERSION;
  shard: Shard;
  /** Ids of the points this shard ran, in the order it ran them. */
  points: string[];
  sweep: SweepManifest;
}

export function sweepManifest(plan: SweepPlan): SweepManifest {
  return {
    format: SWEEP_FORMAT,
    version: SWEEP_VERSION,
    engine: DEFAULT_ENGINE,
    scenario: plan.scenario,
    grid: plan.grid,
    parameters: plan.parameters,
    points: plan.points.map((p) => ({ id: p.id, values: p.values, scenarioHash: scenarioHash(p.scenario) })),
  };
}

export function shardManifest(plan: SweepPlan, shard: Shard, indices: readonly number[]): ShardManifest {
  return { format: SWEEP_SHARD_FORMAT, version: SWEEP_VERSION, shard, points: indices.map((i) => plan.points[i]!.id), sweep: sweepManifest(plan) };
}

export const manifestJson = (manifest: SweepManifest | ShardManifest): string => stableJson(manifest);

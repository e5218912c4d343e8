/**
 * The audit's chunk tasks. They read the generated chunk and the policies' per-chunk masks from
 * the store, and return small typed arrays that merge in chunk order.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import { ELIGIBLE, scoreKey, selectedKey } from '../engine/store-keys';
import { countChunk, personCells } from './counts';
import { spentKey } from '../market/keys';
import { chunkHistograms, chunkScoreRange, mergeScoreRanges } from './histogram';
import { auditPlan } from './plan';
import { chunkSample, type ChunkSample } from './sample';

export interface AuditCountArgs {
  /** Policy ids, in the order of the count blocks. */
  policies: string[];
  /** Merged [min, max] per policy from `auditScoreRange`. */
  ranges: number[];
  bins: number;
  sampleSize: number;
}

export interface ChunkAudit {
  counts: Float64Array;
  histograms: Float64Array;
  sample: ChunkSample | null;
}

/** A policy without scores (e.g. rules) has none: its histogram stays empty. */
function scoreOf(state: ChunkState, policy: string): Float32Array | undefined {
  return state.store.get(scoreKey(policy));
}

const EMPTY = new Float32Array(0);

/** In a market, what each campaign paid for each person (else the person's price is the cost). */
function marketCosts(state: ChunkState, policies: string[]): (Float64Array | undefined)[] | undefined {
  if (!state.scenario.market) return undefined;
  return policies.map((p) => state.store.get(spentKey(p)));
}

/** Pass 1: each policy's score range in this chunk; merged: over every chunk. */
export const auditScoreRange = chunkTask(
  'auditScoreRange',
  (state: ChunkState, args: { policies: string[] }): Float64Array => chunkScoreRange(args.policies.map((p) => scoreOf(state, p) ?? EMPTY)),
  (parts) => mergeScoreRanges(parts),
);

/** Pass 2: counts, score histograms and the people sample of this chunk (merged by run-audit.ts with the plan). */
export const auditCounts = chunkTask('auditCounts', auditChunk);

function auditChunk(state: ChunkState, args: AuditCountArgs): ChunkAudit {
  const chunk = generatedChunk(state);
  const plan = auditPlan(state.scenario);
  const eligible = state.store.get(ELIGIBLE);
  const selections = args.policies.map((p) => stored(state, selectedKey(p)));
  const scores = args.policies.map((p) => scoreOf(state, p));
  // Each person's cells, found once for the counts and the histograms.
  const cells = personCells(plan, chunk);
  return {
    counts: countChunk(plan, chunk, eligible, selections, marketCosts(state, args.policies), cells),
    histograms: chunkHistograms(plan, chunk.codes, scores.map((s) => s ?? EMPTY), args.ranges, args.bins, cells),
    sample: chunkSample(chunk, selections, scores, args.sampleSize),
  };
}

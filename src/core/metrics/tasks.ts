/**
 * The audit's chunk tasks (registered in `engine/tasks.ts`). They read the generated chunk and the
 * policies' per-chunk masks from the store, and return small typed arrays that merge in chunk order.
 */
import type { ChunkState } from '../engine/runner';
import { ELIGIBLE, scoreKey, selectedKey } from '../engine/store-keys';
import type { PopulationChunk } from '../population/chunk';
import { countChunk } from './counts';
import { spentKey } from '../market/keys';
import { chunkHistograms, chunkScoreRange } from './histogram';
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

function chunkOf(state: ChunkState): PopulationChunk {
  if (!state.chunk) throw new Error(`audit: chunk ${state.index} has not been generated`);
  return state.chunk;
}

function selectedOf(state: ChunkState, policy: string): Uint8Array {
  const v = state.store.get(selectedKey(policy));
  if (!(v instanceof Uint8Array)) throw new Error(`audit: chunk ${state.index} has no selection for policy "${policy}"`);
  return v;
}

/** A policy without scores (e.g. rules) has none: its histogram stays empty. */
function scoreOf(state: ChunkState, policy: string): Float32Array | undefined {
  const v = state.store.get(scoreKey(policy));
  return v instanceof Float32Array ? v : undefined;
}

const EMPTY = new Float32Array(0);

/** In a market, what each campaign paid for each person (else the person's price is the cost). */
function marketCosts(state: ChunkState, policies: string[]): (Float64Array | undefined)[] | undefined {
  if (!state.scenario.market) return undefined;
  return policies.map((p) => {
    const v = state.store.get(spentKey(p));
    return v instanceof Float64Array ? v : undefined;
  });
}

/** Pass 1: each policy's score range in this chunk. */
export function auditScoreRange(state: ChunkState, args: { policies: string[] }): Float64Array {
  return chunkScoreRange(args.policies.map((p) => scoreOf(state, p) ?? EMPTY));
}

/** Pass 2: counts, score histograms and the people sample of this chunk. */
export function auditCounts(state: ChunkState, args: AuditCountArgs): ChunkAudit {
  const chunk = chunkOf(state);
  const plan = auditPlan(state.scenario);
  const eligible = state.store.get(ELIGIBLE);
  const selections = args.policies.map((p) => selectedOf(state, p));
  const scores = args.policies.map((p) => scoreOf(state, p));
  return {
    counts: countChunk(plan, chunk, eligible instanceof Uint8Array ? eligible : undefined, selections, undefined, marketCosts(state, args.policies)),
    histograms: chunkHistograms(plan, chunk.codes, scores.map((s) => s ?? EMPTY), args.ranges, args.bins),
    sample: chunkSample(chunk, selections, scores, args.sampleSize),
  };
}

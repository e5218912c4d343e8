/**
 * Per-group histograms of a score (log-spaced bins between each group's lowest and highest
 * candidate score) with the count, Σ predicted probability and Σ price in each bin. From them the
 * coordinator answers "how many of group g's top people reach an estimated TPR of τ" and "what do
 * group g's top n people cost" without moving people across chunks. Within a bin people are taken
 * as spread evenly (linear interpolation), which is what the stated tolerances allow for.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
import { groupCodes } from './chunk-access';

/** Bins per group: 2048 log-spaced bins keep the interpolation error well below 0.1% of a group. */
export const HISTOGRAM_BINS = 2048;

export interface HistogramArgs {
  attribute: string;
  scoreKey: StoreKey<Float32Array>;
  probKey?: StoreKey<Float32Array>;
  /** Per group: lowest and highest candidate score (from GroupStats). */
  lo: number[];
  hi: number[];
}

export interface ScoreHistogram {
  groups: number;
  /** groups × HISTOGRAM_BINS, bin 0 holds the lowest scores. */
  count: Float64Array;
  prob: Float64Array;
  price: Float64Array;
}

/**
 * Per group, how a score maps to its bin: log-spaced when the group's scores are positive (mode 1),
 * else linear (mode 2); mode 0 puts everything in the top bin (no spread).
 */
function binning(lo: readonly number[], hi: readonly number[], groups: number) {
  const mode = new Uint8Array(groups);
  const from = new Float64Array(groups);
  const scale = new Float64Array(groups);
  for (let g = 0; g < groups; g++) {
    const l = lo[g] ?? 0;
    const h = hi[g] ?? 0;
    if (!(h > l)) continue;
    if (l > 0) {
      const a = Math.log(l);
      mode[g] = 1;
      from[g] = a;
      scale[g] = HISTOGRAM_BINS / (Math.log(h) - a);
    } else {
      mode[g] = 2;
      from[g] = l;
      scale[g] = HISTOGRAM_BINS / (h - l);
    }
  }
  return { mode, from, scale };
}

/** Task: one chunk's histogram, added over the chunks. */
export const policyScoreHistogram = chunkTask('policyScoreHistogram', chunkScoreHistogram, (parts) => mergeHistograms(parts, parts[0]?.groups ?? 0));

function chunkScoreHistogram(state: ChunkState, args: HistogramArgs): ScoreHistogram {
  const chunk = generatedChunk(state);
  const { codes, groups } = groupCodes(state, args.attribute);
  const score = stored(state, args.scoreKey);
  const prob = args.probKey ? stored(state, args.probKey) : undefined;
  const { mode, from, scale } = binning(args.lo, args.hi, groups);
  const top = HISTOGRAM_BINS - 1;
  const price = chunk.price;
  const h: ScoreHistogram = emptyHistogram(groups);
  for (let i = 0; i < chunk.size; i++) {
    const s = score[i] as number;
    if (s !== s) continue;
    const g = codes[i] as number;
    const m = mode[g] as number;
    const x = m === 1 ? Math.log(s) : s;
    const bin = m === 0 ? top : Math.min(top, Math.max(0, Math.floor((x - (from[g] as number)) * (scale[g] as number))));
    const at = g * HISTOGRAM_BINS + bin;
    h.count[at] = (h.count[at] as number) + 1;
    if (prob) h.prob[at] = (h.prob[at] as number) + (prob[i] as number);
    h.price[at] = (h.price[at] as number) + (price[i] as number);
  }
  return h;
}

export function emptyHistogram(groups: number): ScoreHistogram {
  const n = groups * HISTOGRAM_BINS;
  return { groups, count: new Float64Array(n), prob: new Float64Array(n), price: new Float64Array(n) };
}

/** Adds chunk histograms in chunk order. */
export function mergeHistograms(parts: readonly ScoreHistogram[], groups: number): ScoreHistogram {
  const total = emptyHistogram(groups);
  for (const p of parts)
    for (let j = 0; j < total.count.length; j++) {
      total.count[j] = (total.count[j] as number) + (p.count[j] as number);
      total.prob[j] = (total.prob[j] as number) + (p.prob[j] as number);
      total.price[j] = (total.price[j] as number) + (p.price[j] as number);
    }
  return total;
}

/**
 * Walks group g's bins from the top until `column` has accumulated `target`; returns how much of
 * `other` was accumulated on the way (interpolated within the last bin).
 */
function walk(h: ScoreHistogram, g: number, column: Float64Array, target: number, other: Float64Array): number {
  let acc = 0;
  let out = 0;
  for (let b = HISTOGRAM_BINS - 1; b >= 0; b--) {
    const j = g * HISTOGRAM_BINS + b;
    const x = column[j] as number;
    if (x <= 0) continue;
    if (acc + x >= target) return out + ((target - acc) / x) * (other[j] as number);
    acc += x;
    out += other[j] as number;
  }
  return out;
}

/** People of group g taken from the top until their estimated TPR (share of Σ p̂) reaches tau. */
export function countForTpr(h: ScoreHistogram, g: number, tau: number, totalProb: number): number {
  return walk(h, g, h.prob, tau * totalProb, h.count);
}

/** Money spent on group g's top n people. */
export function costOfTop(h: ScoreHistogram, g: number, n: number): number {
  return walk(h, g, h.count, n, h.price);
}

/** Money spent on group g's top people until their estimated TPR reaches tau. */
export function costForTpr(h: ScoreHistogram, g: number, tau: number, totalProb: number): number {
  return walk(h, g, h.prob, tau * totalProb, h.price);
}

/**
 * Task: per-group score bins of one chunk (see score-bins.ts for what they answer). Bins are
 * log-spaced between each group's lowest and highest candidate score.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
import { groupCodes } from './chunk-access';
import type { ScoreBins } from './score-bins';
import { emptyScoreBins, HISTOGRAM_BINS, mergeScoreBins } from './score-bins';

export interface HistogramArgs {
  attribute: string;
  scoreKey: StoreKey<Float32Array>;
  probKey?: StoreKey<Float32Array>;
  /** Per group: lowest and highest candidate score (from GroupStats). */
  lo: number[];
  hi: number[];
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

/** Task: one chunk's score bins, added over the chunks. */
export const policyScoreHistogram = chunkTask('policyScoreHistogram', chunkScoreBins, (parts) => mergeScoreBins(parts, parts[0]?.groups ?? 0));

function chunkScoreBins(state: ChunkState, args: HistogramArgs): ScoreBins {
  const chunk = generatedChunk(state);
  const { codes, groups } = groupCodes(state, args.attribute);
  const score = stored(state, args.scoreKey);
  const prob = args.probKey ? stored(state, args.probKey) : undefined;
  const { mode, from, scale } = binning(args.lo, args.hi, groups);
  const top = HISTOGRAM_BINS - 1;
  const price = chunk.price;
  const h: ScoreBins = emptyScoreBins(groups);
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


/**
 * Score histograms per group of each audited attribute. Two passes: `chunkScoreRange` finds each
 * policy's [min, max] over candidates (finite scores), the coordinator merges them with
 * `mergeScoreRanges`, then `chunkHistograms` counts scores into `bins` equal bins over that range.
 * Layout: `[((policy * attrCells) + attrCell) * bins + bin]`, where attrCells are the cells of the
 * plan's attribute slices (not intersections), numbered from 0.
 */
import type { AuditPlan } from './plan';

/** [min0, max0, min1, max1, …]; +Infinity/−Infinity for a policy with no finite score. */
export function chunkScoreRange(scores: readonly Float32Array[]): Float64Array {
  const out = new Float64Array(scores.length * 2);
  scores.forEach((s, p) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < s.length; i++) {
      const v = s[i] as number;
      if (v < lo) lo = v; // NaN compares false: non-candidates are skipped
      if (v > hi) hi = v;
    }
    out[2 * p] = lo;
    out[2 * p + 1] = hi;
  });
  return out;
}

export function mergeScoreRanges(parts: readonly Float64Array[]): number[] {
  const out: number[] = [];
  for (const part of parts)
    for (let k = 0; k < part.length; k++) {
      const v = part[k] as number;
      const cur = out[k];
      out[k] = cur === undefined ? v : k % 2 === 0 ? Math.min(cur, v) : Math.max(cur, v);
    }
  return out;
}

/** The attribute slices' cells, numbered from 0, and how many there are. */
export function attributeCellCount(plan: AuditPlan): number {
  let n = 0;
  for (const s of plan.slices) if (s.kind === 'attribute') n += s.groupIds.length;
  return n;
}

/** Bin of value v in [lo, hi] split into `bins`; max goes in the last bin; lo = hi puts all in bin 0. */
export function binOf(v: number, lo: number, hi: number, bins: number): number {
  if (!(hi > lo)) return 0;
  const b = Math.floor(((v - lo) / (hi - lo)) * bins);
  return b < 0 ? 0 : b >= bins ? bins - 1 : b;
}

/** Each person's bin, reused from chunk to chunk (a fresh array per chunk and policy costs more). */
let binScratch = new Int16Array(0);
/** Integer counts of one policy, two copies (even and odd people), reused likewise. */
let countScratch = new Int32Array(0);

export function chunkHistograms(
  plan: AuditPlan,
  codes: Record<string, Uint8Array>,
  scores: readonly Float32Array[],
  ranges: readonly number[],
  bins: number,
): Float64Array {
  const A = attributeCellCount(plan);
  const cellsTimesBins = A * bins;
  const out = new Float64Array(scores.length * cellsTimesBins);
  if (countScratch.length < 2 * cellsTimesBins) countScratch = new Int32Array(2 * cellsTimesBins);
  const counts = countScratch;
  scores.forEach((s, p) => {
    const lo = ranges[2 * p] as number;
    const hi = ranges[2 * p + 1] as number;
    if (!(hi >= lo)) return;
    // Each person's bin once per policy (-1 = not a candidate), then one pass per attribute.
    if (binScratch.length < s.length) binScratch = new Int16Array(s.length);
    const bin = binScratch;
    for (let i = 0; i < s.length; i++) {
      const v = s[i] as number;
      bin[i] = v === v ? binOf(v, lo, hi, bins) : -1;
    }
    counts.fill(0, 0, 2 * cellsTimesBins);
    let cellStart = 0;
    for (const slice of plan.slices) {
      if (slice.kind !== 'attribute') continue;
      const column = codes[slice.attributes[0] as string];
      if (!column) throw new Error(`audit: chunk has no column for attribute "${slice.attributes[0]}"`);
      countBins(counts, bin, column, cellStart * bins, cellsTimesBins, bins, s.length);
      cellStart += slice.groupIds.length;
    }
    // Integer counts are exact in doubles: the same sums as adding ones.
    const at = p * cellsTimesBins;
    for (let k = 0; k < cellsTimesBins; k++) out[at + k] = (counts[k] as number) + (counts[cellsTimesBins + k] as number);
  });
  return out;
}

/**
 * One attribute's counts. Neighbours in a chunk often fall in the same bin, and adding to the
 * counter just written waits for that write: even and odd people count into separate copies
 * (`half` apart), so two such chains run side by side.
 */
function countBins(counts: Int32Array, bin: Int16Array, column: Uint8Array, first: number, half: number, bins: number, n: number): void {
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const b0 = bin[i] as number;
    const b1 = bin[i + 1] as number;
    if (b0 >= 0) {
      const k = first + (column[i] as number) * bins + b0;
      counts[k] = (counts[k] as number) + 1;
    }
    if (b1 >= 0) {
      const k = half + first + (column[i + 1] as number) * bins + b1;
      counts[k] = (counts[k] as number) + 1;
    }
  }
  if (i < n && (bin[i] as number) >= 0) {
    const k = first + (column[i] as number) * bins + (bin[i] as number);
    counts[k] = (counts[k] as number) + 1;
  }
}

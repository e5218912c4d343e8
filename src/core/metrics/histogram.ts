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

export function chunkHistograms(
  plan: AuditPlan,
  codes: Record<string, Uint8Array>,
  scores: readonly Float32Array[],
  ranges: readonly number[],
  bins: number,
): Float64Array {
  const A = attributeCellCount(plan);
  const out = new Float64Array(scores.length * A * bins);
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
    let cellStart = 0;
    for (const slice of plan.slices) {
      if (slice.kind !== 'attribute') continue;
      const column = codes[slice.attributes[0] as string];
      if (!column) throw new Error(`audit: chunk has no column for attribute "${slice.attributes[0]}"`);
      const first = p * A + cellStart;
      for (let i = 0; i < s.length; i++) {
        const b = bin[i] as number;
        if (b >= 0) out[(first + (column[i] as number)) * bins + b]! += 1;
      }
      cellStart += slice.groupIds.length;
    }
  });
  return out;
}

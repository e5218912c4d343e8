/**
 * Per-group score bins of a score (log-spaced bins between each group's lowest and highest
 * candidate score) with the count, Σ predicted probability and Σ price in each bin. From them the
 * coordinator answers "how many of group g's top people reach an estimated TPR of τ" and "what do
 * group g's top n people cost" without moving people across chunks. Within a bin people are taken
 * as spread evenly (linear interpolation), which is what the stated tolerances allow for.
 */

/** Bins per group: 2048 log-spaced bins keep the interpolation error well below 0.1% of a group. */
export const HISTOGRAM_BINS = 2048;

/** Per-group score bins of one policy (summed over chunks); not the published `ScoreHistogram` of results.json. */
export interface ScoreBins {
  groups: number;
  /** groups × HISTOGRAM_BINS, bin 0 holds the lowest scores. */
  count: Float64Array;
  prob: Float64Array;
  price: Float64Array;
}

export function emptyScoreBins(groups: number): ScoreBins {
  const n = groups * HISTOGRAM_BINS;
  return { groups, count: new Float64Array(n), prob: new Float64Array(n), price: new Float64Array(n) };
}

/** Adds chunks' bins in chunk order. */
export function mergeScoreBins(parts: readonly ScoreBins[], groups: number): ScoreBins {
  const total = emptyScoreBins(groups);
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
function walk(h: ScoreBins, g: number, column: Float64Array, target: number, other: Float64Array): number {
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
export function countForTpr(h: ScoreBins, g: number, tau: number, totalProb: number): number {
  return walk(h, g, h.prob, tau * totalProb, h.count);
}

/** Money spent on group g's top n people. */
export function costOfTop(h: ScoreBins, g: number, n: number): number {
  return walk(h, g, h.count, n, h.price);
}

/** Money spent on group g's top people until their estimated TPR reaches tau. */
export function costForTpr(h: ScoreBins, g: number, tau: number, totalProb: number): number {
  return walk(h, g, h.prob, tau * totalProb, h.price);
}

/**
 * One group's score distribution as a strip drawn behind its threshold handle in the threshold
 * panel: the group's candidates in bins over the panel's shared score range, the bins at or above
 * the threshold in blue (reached), those below in grey, and the threshold as a rule. Bars are
 * scaled to the group's own fullest bin, so a small group's shape is as legible as a large one's.
 */
import type { ChartLayout, Mark } from '../marks';
import { formatCount } from '../format';
import { INK, OKABE_ITO, POPULATION_FILL } from '../palette';

export interface StripInput {
  group: string;
  /** The group's candidates per score bin over `range` (`binScores`, computed once per run). */
  counts: readonly number[];
  /** Candidates at or above the threshold, of `candidates`. */
  above: number;
  candidates: number;
  /** The shared score range every group's strip and slider span. */
  range: [number, number];
  threshold: number;
  width: number;
  height: number;
  /** The slider thumb's half width: where the range's ends sit inside the slider's box. */
  inset?: number;
}

/** Counts of `scores` in `bins` equal bins over `range` (the top end falls in the last bin). */
export function binScores(scores: ArrayLike<number>, range: [number, number], bins: number): number[] {
  const [lo, hi] = range;
  const counts = new Array<number>(bins).fill(0);
  const width = (hi - lo) / bins;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (!(s >= lo && s <= hi)) continue;
    const b = width > 0 ? Math.min(bins - 1, Math.floor((s - lo) / width)) : 0;
    counts[b] = (counts[b] as number) + 1;
  }
  return counts;
}

export function layoutThresholdStrip(input: StripInput): ChartLayout {
  const { width, height, range, threshold } = input;
  const inset = input.inset ?? 8;
  const { counts } = input;
  const bins = Math.max(1, counts.length);
  const max = Math.max(1, ...counts);
  const [lo, hi] = range;
  const x = (score: number) => inset + ((width - 2 * inset) * (score - lo)) / Math.max(1e-12, hi - lo);
  const binWidth = (width - 2 * inset) / bins;
  const marks: Mark[] = counts.map((n, b) => {
    const from = lo + ((hi - lo) * b) / bins;
    const h = ((height - 2) * n) / max;
    return { kind: 'rect', className: from >= threshold ? 'bin reached' : 'bin', x: inset + b * binWidth, y: height - h, width: Math.max(0, binWidth - 0.5), height: h, fill: from >= threshold ? OKABE_ITO.blue : POPULATION_FILL };
  });
  if (Number.isFinite(threshold) && threshold <= hi) {
    const tx = x(Math.max(lo, threshold));
    marks.push({ kind: 'line', className: 'threshold', x1: tx, x2: tx, y1: 0, y2: height, stroke: INK, strokeWidth: 2 });
  }
  const title = `Scores of ${input.group}: ${formatCount(input.above)} of ${formatCount(input.candidates)} candidates at or above the threshold`;
  return { width, height, title, description: title, marks, table: { caption: title, columns: [], rows: [] }, notes: [] };
}

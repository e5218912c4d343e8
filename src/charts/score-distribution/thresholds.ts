/** Reading a policy's thresholds (copied through the results as `unknown`) defensively. */

export interface Threshold {
  /** The group the threshold applies to, or null for everyone (a global top-k cut). */
  group: string | null;
  score: number;
}

export function readThresholds(value: unknown): Threshold[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): Threshold[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { group, score } = entry as { group?: unknown; score?: unknown };
    if (typeof score !== 'number' || !Number.isFinite(score)) return [];
    return [{ group: typeof group === 'string' ? group : null, score }];
  });
}

/** The share of a histogram's counts at or above `score`, splitting the bin it falls in linearly. */
export function shareAbove(counts: readonly number[], min: number, max: number, score: number): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const width = (max - min) / Math.max(1, counts.length);
  let above = 0;
  counts.forEach((count, i) => {
    const from = min + i * width;
    const to = from + width;
    if (score <= from) above += count;
    else if (score < to && width > 0) above += count * ((to - score) / width);
  });
  return above / total;
}

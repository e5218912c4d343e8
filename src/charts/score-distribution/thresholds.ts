/** Reading a score distribution: the share of a group at or above a threshold. */
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

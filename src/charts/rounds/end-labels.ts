/**
 * Labels at the ends of lines: each wants the height of its line's last point; labels closer than
 * `gap` are pushed apart (in order of height), then the whole stack is kept within [top, bottom].
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  const overflow = (placed[placed.length - 1] ?? bottom) - bottom;
  if (overflow > 0) for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min((placed[k] as number) - overflow, k + 1 < placed.length ? (placed[k + 1] as number) - gap : Infinity);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k] as number, top + k * gap);
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k] as number));
  return out;
}

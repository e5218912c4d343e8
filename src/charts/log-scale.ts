/** A log scale from a ratio domain onto a pixel range, clamping values beyond the domain to its ends. */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain.map(Math.log) as [number, number];
  const [r0, r1] = range;
  return (value: number) => {
    const t = value > 0 ? (Math.log(value) - d0) / (d1 - d0) : 0;
    return r0 + Math.max(0, Math.min(1, t)) * (r1 - r0);
  };
}

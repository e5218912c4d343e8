/**
 * Quota arithmetic for the fairness constraints: whole numbers of people per group that add up to
 * a budget. Pure functions of small arrays, so the coordinator computes them once per run.
 */

/**
 * Splits `total` people among groups in proportion to `weights` (e.g. each group's eligible
 * population), never giving a group more than its `capacity` (its candidates). A group that cannot
 * take its share takes all it has and the rest is redistributed proportionally among the others.
 * Rounding is largest-remainder (Hamilton), ties to the lower group index, so the quotas sum to
 * min(total, Σ capacity) exactly.
 */
export function proportionalQuotas(total: number, weights: readonly number[], capacity: readonly number[]): number[] {
  const quotas = weights.map(() => 0);
  const open = new Set<number>();
  weights.forEach((w, g) => {
    if (w > 0 && (capacity[g] ?? 0) > 0) open.add(g);
  });
  let remaining = Math.min(Math.max(0, Math.floor(total)), capacity.reduce((a, c) => a + Math.max(0, c), 0));
  // A group whose ideal share exceeds its capacity is filled and closed; the others then share the
  // rest. At most one pass per group.
  for (;;) {
    const sum = [...open].reduce((a, g) => a + (weights[g] ?? 0), 0);
    if (open.size === 0 || sum <= 0) break;
    const full = [...open].filter((g) => (remaining * (weights[g] ?? 0)) / sum >= (capacity[g] ?? 0));
    if (full.length === 0) break;
    for (const g of full) {
      quotas[g] = capacity[g] ?? 0;
      remaining -= quotas[g] ?? 0;
      open.delete(g);
    }
  }
  const sum = [...open].reduce((a, g) => a + (weights[g] ?? 0), 0);
  if (open.size === 0 || sum <= 0) return quotas;
  const ideal = new Map<number, number>();
  let given = 0;
  for (const g of open) {
    const x = (remaining * (weights[g] ?? 0)) / sum;
    ideal.set(g, x);
    quotas[g] = Math.floor(x);
    given += Math.floor(x);
  }
  const byRemainder = [...open].sort((a, b) => {
    const ra = (ideal.get(a) ?? 0) % 1;
    const rb = (ideal.get(b) ?? 0) % 1;
    return rb - ra || a - b;
  });
  for (let i = 0; i < remaining - given; i++) {
    const g = byRemainder[i % byRemainder.length] as number;
    quotas[g] = (quotas[g] ?? 0) + 1;
  }
  return quotas;
}

/**
 * Minimum people per group for `min-representation`: at least `floor` × the group's proportional
 * share of `total` (rounded up, so the floor is met, not just approached), capped at capacity.
 * The 1e-9 guards against 0.8 × 1000 × 0.25 landing a hair above 200 in floating point.
 */
export function representationFloors(
  total: number,
  floor: number,
  weights: readonly number[],
  capacity: readonly number[],
): number[] {
  const sum = weights.reduce((a, w) => a + Math.max(0, w), 0);
  return weights.map((w, g) => {
    if (sum <= 0 || w <= 0) return 0;
    const need = Math.ceil((floor * total * w) / sum - 1e-9);
    return Math.max(0, Math.min(need, capacity[g] ?? 0));
  });
}

/** ½ Σ_g |a_g/Σa − b_g/Σb|: the total-variation distance between two mixes (0 = same mix, 1 = disjoint). */
export function mixDistance(reached: readonly number[], eligible: readonly number[]): number {
  const ra = reached.reduce((a, x) => a + x, 0);
  const rb = eligible.reduce((a, x) => a + x, 0);
  if (ra <= 0 || rb <= 0) return ra === rb ? 0 : 1;
  let d = 0;
  for (let g = 0; g < Math.max(reached.length, eligible.length); g++)
    d += Math.abs((reached[g] ?? 0) / ra - (eligible[g] ?? 0) / rb);
  return d / 2;
}

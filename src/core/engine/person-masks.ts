/**
 * The loops over a chunk's 0/1 person masks (ELIGIBLE, HISTORY, selections) that many tasks need,
 * written once: one compiled copy serves every caller, where a copy per task would each be
 * compiled (and warmed up) on its own in every worker.
 */

/** How many of mask[0..n) are 1. */
export function countOnes(mask: Uint8Array, n: number): number {
  let ones = 0;
  for (let i = 0; i < n; i++) ones += mask[i] as number;
  return ones;
}

/** The positions i < n with mask[i] === 1, in order, into `into` (length ≥ n); returns how many. */
export function onesAt(mask: Uint8Array, into: Int32Array, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (mask[i] === 1) into[count++] = i;
  return count;
}

let indices = new Int32Array(0);

/** 0, 1, …, n − 1 (shared: read only), for loops that visit people through a list of positions. */
export function personIndices(n: number): Int32Array {
  if (indices.length < n) indices = Int32Array.from({ length: n }, (_, i) => i);
  return indices;
}

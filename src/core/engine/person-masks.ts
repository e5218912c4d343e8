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

/**
 * The positions of the ones of masks whose writer knew them as it wrote (the selection's apply
 * step, which visits few people), so readers need not scan the whole mask. Such a mask is never
 * written again: a task that changes a selection stores a new mask.
 */
const listedOnes = new WeakMap<Uint8Array, Int32Array>();

/** Records `positions` (ascending, every i with mask[i] === 1) as the ones of `mask`. */
export function listOnes(mask: Uint8Array, positions: Int32Array): void {
  listedOnes.set(mask, positions);
}

/** The positions i < n with mask[i] === 1, in order, into `into` (length ≥ n); returns how many. */
export function onesAt(mask: Uint8Array, into: Int32Array, n: number): number {
  const listed = n === mask.length ? listedOnes.get(mask) : undefined;
  if (listed !== undefined) {
    into.set(listed);
    return listed.length;
  }
  return scanOnes(mask, into, n);
}

/** onesAt's scan of the mask, alone in its function (the loop is what V8 compiles). */
function scanOnes(mask: Uint8Array, into: Int32Array, n: number): number {
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

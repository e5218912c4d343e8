/**
 * The coordinator's side of the selection for one group: which bin of the ranking holds the cut,
 * narrowed a key byte per round, then the exact person among the few keys left in the bin.
 */
import type { SelectionBudget } from './request';
import type { SortKey } from './sort-key';
import type { GroupCut } from './round-tasks';

/** Bins with at most this many candidates (over all chunks) are resolved by fetching their keys. */
export const KEY_LIMIT = 4096;

export interface CutSearch {
  readonly kind: SelectionBudget['kind'];
  /** People (reach) or money (spend) the group may take. */
  readonly budget: number;
  /** Key bytes of the bin that holds the cut. */
  readonly prefix: number[];
  /** Reach: 1-based rank, within the bin, of the first person left out. */
  rank: number;
  /** Spend: price of everyone ranked above the bin. */
  spent: number;
  /** 'histogram': refine another byte; 'keys': fetch the bin's keys; 'done': `cut` is known. */
  phase: 'histogram' | 'keys' | 'done';
  cut: GroupCut | null;
}

export function startSearch(kind: SelectionBudget['kind'], budget: number): CutSearch {
  return { kind, budget, prefix: [], rank: 0, spent: 0, phase: 'histogram', cut: null };
}

function finish(search: CutSearch, cut: GroupCut): void {
  search.phase = 'done';
  search.cut = cut;
}

/** Narrows the search by one byte from the merged 256-bin counts and price sums of its bin. */
export function narrow(search: CutSearch, counts: ArrayLike<number>, sums: ArrayLike<number>): void {
  if (search.prefix.length === 0 && search.kind === 'reach') {
    let candidates = 0;
    for (let b = 0; b < 256; b++) candidates += counts[b] as number;
    const k = Math.min(Math.floor(search.budget), candidates);
    if (k <= 0) return finish(search, { kind: 'none' });
    if (k >= candidates) return finish(search, { kind: 'all' });
    search.rank = k + 1;
  }
  let bin = -1;
  let binCount = 0;
  if (search.kind === 'reach') {
    let above = 0;
    for (let b = 255; b >= 0 && bin < 0; b--) {
      const c = counts[b] as number;
      if (above + c >= search.rank) {
        bin = b;
        binCount = c;
        search.rank -= above;
      } else above += c;
    }
  } else {
    let lowest = -1;
    for (let b = 255; b >= 0 && bin < 0; b--) {
      const c = counts[b] as number;
      if (c === 0) continue;
      lowest = b;
      if (search.spent + (sums[b] as number) <= search.budget) search.spent += sums[b] as number;
      else {
        bin = b;
        binCount = c;
      }
    }
    if (bin < 0) {
      if (search.prefix.length === 0 || lowest < 0) return finish(search, { kind: 'all' });
      // The whole bin fits when its parts are summed one by one, though its total did not (float
      // rounding): search its last part, whose keys will all fit, so the cut falls after them.
      bin = lowest;
      binCount = counts[bin] as number;
      search.spent -= sums[bin] as number;
    }
  }
  search.prefix.push(bin);
  if (binCount <= KEY_LIMIT) search.phase = 'keys';
}

/** Group g's AND and OR of the first two key words over all chunks (and0, or0, and1, or1). */
export function mergeCommon(parts: Int32Array[], g: number): [number, number, number, number] {
  const m: [number, number, number, number] = [-1, 0, -1, 0];
  for (const p of parts) {
    m[0] &= p[g * 4] as number;
    m[1] |= p[g * 4 + 1] as number;
    m[2] &= p[g * 4 + 2] as number;
    m[3] |= p[g * 4 + 3] as number;
  }
  return m;
}

/**
 * After a round that histogrammed byte `depth` of a bin whose people all share more bytes (often
 * tied scores), narrows through those bytes at once: for each, exactly what a round would have
 * done, seeing the whole bin (same count, same price sum) in that byte's one bin.
 */
export function skipCommon(
  search: CutSearch,
  depth: number,
  common: readonly [number, number, number, number],
  counts: ArrayLike<number>,
  sums: ArrayLike<number>,
): void {
  const [and0, or0, and1, or1] = common;
  const d0 = (and0 ^ or0) >>> 0;
  const shared = d0 !== 0 ? Math.clz32(d0) >> 3 : 4 + (Math.clz32((and1 ^ or1) >>> 0) >> 3);
  if (search.phase !== 'histogram' || search.prefix.length !== depth + 1) return;
  const bin = search.prefix[depth] as number;
  const one = new Float64Array(256);
  const oneSum = new Float64Array(256);
  for (let b = depth + 1; b < shared && search.phase === 'histogram'; b++) {
    const byte = ((b < 4 ? and0 : and1) >>> (24 - 8 * (b & 3))) & 255;
    one.fill(0);
    oneSum.fill(0);
    one[byte] = counts[bin] as number;
    oneSum[byte] = sums[bin] as number;
    narrow(search, one, oneSum);
  }
}

/** Finds the exact cut among the keys (three words each) and prices of every candidate in the bin. */
export function resolve(search: CutSearch, keys: Uint32Array, prices: Float64Array): void {
  const order = Array.from(prices, (_, i) => i);
  const key = (i: number): SortKey => [keys[3 * i] as number, keys[3 * i + 1] as number, keys[3 * i + 2] as number];
  // compareKeys(key(b), key(a)) on the words in place (no key arrays per comparison).
  order.sort(
    (a, b) =>
      (keys[3 * b] as number) - (keys[3 * a] as number) ||
      (keys[3 * b + 1] as number) - (keys[3 * a + 1] as number) ||
      (keys[3 * b + 2] as number) - (keys[3 * a + 2] as number),
  );
  if (search.kind === 'reach') {
    const first = order[search.rank - 1];
    if (first === undefined) throw new Error('selection: the cut bin holds fewer people than counted');
    return finish(search, { kind: 'above', key: key(first) });
  }
  let spent = search.spent;
  for (const i of order) {
    const price = prices[i] as number;
    // Greedy: stop at the first person who does not fit, even if someone cheaper further down would.
    if (spent + price > search.budget) return finish(search, { kind: 'above', key: key(i) });
    spent += price;
  }
  const last = order[order.length - 1];
  finish(search, last === undefined ? { kind: 'none' } : { kind: 'from', key: key(last) });
}

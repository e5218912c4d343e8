/** The last chunk task of the selection: the mask of everyone above their group's cut. */
import type { ChunkState } from '../engine/runner';
import type { SelectionRequest } from './request';
import type { SortKey } from './sort-key';
import { cachedSortKeys, dropSortKeys, effectiveScores, generatedChunk } from './chunk-keys';

/** A group's cut: everyone, nobody, or the candidates whose key is above (or from) a key. */
export type GroupCut = { kind: 'all' } | { kind: 'none' } | { kind: 'above' | 'from'; key: SortKey };

export interface ChunkSelection {
  /** Per group. */
  readonly selected: number[];
  readonly spend: number[];
  /** Lowest effective score selected per group (Infinity if none). */
  readonly minScore: number[];
  /** Price of everyone selected in the chunk, summed in person order. */
  readonly totalSpend: number;
}

const NONE = 0;
const ALL = 1;
const ABOVE = 2;
const FROM = 3;
const KINDS = { none: NONE, all: ALL, above: ABOVE, from: FROM } as const;

/** Writes the selection mask under request.outKey and drops the cached keys. */
export function selectionApply(state: ChunkState, args: { request: SelectionRequest; cuts: GroupCut[] }): ChunkSelection {
  const keys = cachedSortKeys(state, args.request);
  const chunk = generatedChunk(state);
  const { raw, mult, codes } = effectiveScores(state, args.request);
  const n = chunk.size;
  const groupCount = args.cuts.length;
  // Per group: cut kind and key words (k0 is 0 for 'all', so every candidate is above it).
  const kind = new Int32Array(256);
  const cutKeys = new Float64Array(256 * 3);
  args.cuts.forEach((cut, g) => {
    kind[g] = KINDS[cut.kind];
    if (cut.kind === 'above' || cut.kind === 'from') cutKeys.set(cut.key, g * 3);
  });
  const selected = new Float64Array(groupCount);
  const spend = new Float64Array(groupCount);
  const minScore = new Float64Array(groupCount).fill(Infinity);
  const mask = new Uint8Array(n);
  const { w0, w1, groups } = keys;
  const price = chunk.price;
  let totalSpend = 0;
  for (let i = 0; i < n; i++) {
    const a = w0[i] as number;
    if (a === 0) continue;
    const g = groups ? (groups[i] as number) : 0;
    const k = kind[g] as number;
    if (k === NONE) continue;
    if (k !== ALL) {
      const k0 = cutKeys[g * 3] as number;
      if (a < k0) continue;
      if (a === k0) {
        const b = w1[i] as number;
        const k1 = cutKeys[g * 3 + 1] as number;
        if (b < k1) continue;
        if (b === k1) {
          const c = 0xffffffff - (chunk.start + i);
          const k2 = cutKeys[g * 3 + 2] as number;
          if (k === FROM ? c < k2 : c <= k2) continue;
        }
      }
    }
    const p = price[i] as number;
    mask[i] = 1;
    selected[g] = (selected[g] as number) + 1;
    spend[g] = (spend[g] as number) + p;
    const s = mult && codes ? Math.fround((raw[i] as number) * (mult[codes[i] as number] as number)) : (raw[i] as number);
    minScore[g] = Math.min(minScore[g] as number, s);
    totalSpend += p;
  }
  state.store.set(args.request.outKey, mask);
  dropSortKeys(state, args.request);
  return { selected: Array.from(selected), spend: Array.from(spend), minScore: Array.from(minScore), totalSpend };
}

/**
 * The people sample: the first `sampleSize` people by global index, with their attribute values,
 * potential conversion and each policy's selection and score (for the "people as dots" view).
 * Chunks past the sample return null; the coordinator concatenates the rest in chunk order.
 */
import type { PopulationChunk } from '../population/chunk';
import { own } from '../records/own';

export interface ChunkSample {
  count: number;
  codes: Record<string, Uint8Array>;
  values: Record<string, Float64Array>;
  converts: Uint8Array;
  /** Per policy, in the order of the audit's policy list. */
  selected: Uint8Array[];
  score: Float32Array[];
}

export type SampledPeople = Pick<PopulationChunk, 'start' | 'size' | 'codes' | 'values' | 'converts'>;

export function chunkSample(
  people: SampledPeople,
  selections: readonly Uint8Array[],
  scores: readonly (Float32Array | undefined)[],
  sampleSize: number,
): ChunkSample | null {
  const count = Math.max(0, Math.min(people.size, sampleSize - people.start));
  if (count === 0) return null;
  const cut = <T extends Uint8Array | Float32Array | Float64Array>(a: T): T => a.slice(0, count) as T;
  const map = <T extends Uint8Array | Float64Array>(r: Record<string, T>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cut(v)]));
  return {
    count,
    codes: map(people.codes),
    values: map(people.values),
    converts: cut(people.converts),
    selected: selections.map(cut),
    score: scores.map((s) => (s ? cut(s) : new Float32Array(count).fill(NaN))),
  };
}

function concat<T extends Uint8Array | Float32Array | Float64Array>(parts: T[], make: (n: number) => T): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Concatenates the chunk samples in chunk order. */
export function mergeSamples(parts: readonly (ChunkSample | null)[]): ChunkSample | null {
  const present = parts.filter((p): p is ChunkSample => p !== null);
  const first = present[0];
  if (!first) return null;
  const keys = <K extends 'codes' | 'values'>(k: K) => Object.keys(first[k]);
  return {
    count: present.reduce((n, p) => n + p.count, 0),
    codes: Object.fromEntries(
      keys('codes').map((id) => [id, concat(present.map((p) => own(p.codes, id) as Uint8Array), (n) => new Uint8Array(n))]),
    ),
    values: Object.fromEntries(
      keys('values').map((id) => [id, concat(present.map((p) => own(p.values, id) as Float64Array), (n) => new Float64Array(n))]),
    ),
    converts: concat(present.map((p) => p.converts), (n) => new Uint8Array(n)),
    selected: first.selected.map((_, k) => concat(present.map((p) => p.selected[k] as Uint8Array), (n) => new Uint8Array(n))),
    score: first.score.map((_, k) => concat(present.map((p) => p.score[k] as Float32Array), (n) => new Float32Array(n))),
  };
}

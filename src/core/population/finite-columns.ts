/**
 * The run-time guard behind the schema's number bounds: a chunk whose columns hold NaN or ±Infinity
 * fails the run with the column's name, so a non-finite number never reaches the audit or the
 * results. The bounds in `scenario/number-bounds.ts` make this unreachable for parsed scenarios; the
 * guard is what holds if a bound is ever wrong. The samplers check each value as they write it and
 * say whether all were finite; only then does generate-chunk.ts call this, to name the first.
 */
import type { PopulationChunk } from './chunk';

type NumberColumn = Float64Array | Float32Array;

export function assertFiniteChunk(chunk: PopulationChunk): void {
  const named: [string, NumberColumn][] = [
    ...Object.entries(chunk.values).map(([id, c]): [string, NumberColumn] => [`attribute "${id}"`, c]),
    ...Object.entries(chunk.observed).map(([id, c]): [string, NumberColumn] => [`observed values of "${id}"`, c]),
    ['conversion probability', chunk.conversionProb],
    ['click probability', chunk.clickProb],
    ['price', chunk.price],
  ];
  for (const [name, column] of named) {
    // One loop per array type: a loop that reads both kinds reads neither fast (and boxes each value).
    const at = column instanceof Float64Array ? firstNonFinite64(column, chunk.size) : firstNonFinite32(column, chunk.size);
    if (at >= 0)
      throw new Error(`population: the ${name} of person ${(chunk.start + at).toLocaleString('en')} is ${String(column[at])}; the scenario's numbers overflow there`);
  }
}

// v - v is 0 for every finite v and NaN for NaN and ±Infinity: one comparison per value.

export function firstNonFinite64(column: Float64Array, n: number): number {
  for (let i = 0; i < n; i++) if ((column[i] as number) - (column[i] as number) !== 0) return i;
  return -1;
}

function firstNonFinite32(column: Float32Array, n: number): number {
  for (let i = 0; i < n; i++) if ((column[i] as number) - (column[i] as number) !== 0) return i;
  return -1;
}

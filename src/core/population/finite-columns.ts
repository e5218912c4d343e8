/**
 * The run-time guard behind the schema's number bounds: a chunk whose columns hold NaN or ±Infinity
 * fails the run with the column's name, so a non-finite number never reaches the audit or the
 * results. The bounds in `scenario/number-bounds.ts` make this unreachable for parsed scenarios; the
 * guard is what holds if a bound is ever wrong.
 */
import type { PopulationChunk } from './chunk';

type NumberColumn = ArrayLike<number>;

export function assertFiniteChunk(chunk: PopulationChunk): void {
  const named: [string, NumberColumn][] = [
    ...Object.entries(chunk.values).map(([id, c]): [string, NumberColumn] => [`attribute "${id}"`, c]),
    ...Object.entries(chunk.observed).map(([id, c]): [string, NumberColumn] => [`observed values of "${id}"`, c]),
    ['conversion probability', chunk.conversionProb],
    ['click probability', chunk.clickProb],
    ['price', chunk.price],
  ];
  for (const [name, column] of named) {
    for (let i = 0; i < chunk.size; i++) {
      const v = column[i] as number;
      // v - v is 0 for every finite v and NaN for NaN and ±Infinity: one comparison per value.
      if (v - v !== 0)
        throw new Error(`population: the ${name} of person ${(chunk.start + i).toLocaleString('en')} is ${String(v)}; the scenario's numbers overflow there`);
    }
  }
}

/**
 * How a model sees a person: one column per non-reference category of each categorical attribute
 * (one-hot, the first category dropped as the reference) and one standardised column per numeric
 * attribute. Models read OBSERVED numeric values (`chunk.observed`, with observation noise), never
 * the true ones; categorical attributes as they are.
 */
import type { PopulationChunk } from '../population/chunk';
import type { Scenario } from '../scenario/types';
import { own } from '../records/own';

export type FeatureColumn =
  | { readonly kind: 'category'; readonly attribute: string; readonly category: string; readonly code: number }
  /** (observed − mean) / sd; mean 0 and sd 1 until `standardiseRows` sets them from training rows. */
  | { readonly kind: 'numeric'; readonly attribute: string; readonly mean: number; readonly sd: number };

export interface FeatureSpec {
  readonly columns: readonly FeatureColumn[];
}

export function featureSpec(scenario: Scenario, features: readonly string[]): FeatureSpec {
  const columns: FeatureColumn[] = [];
  for (const id of features) {
    const attribute = scenario.population.attributes.find((a) => a.id === id);
    if (!attribute) throw new Error(`model features: unknown attribute "${id}"`);
    if (attribute.type === 'numeric') columns.push({ kind: 'numeric', attribute: id, mean: 0, sd: 1 });
    else
      attribute.categories.forEach((c, code) => {
        if (code > 0) columns.push({ kind: 'category', attribute: id, category: c.id, code });
      });
  }
  return { columns };
}

/** Reads one column for every person of a chunk. */
export type ColumnReader = (i: number) => number;

export function columnReaders(spec: FeatureSpec, chunk: PopulationChunk): ColumnReader[] {
  return spec.columns.map((col) => {
    if (col.kind === 'category') {
      const codes = own(chunk.codes, col.attribute);
      if (!codes) throw new Error(`model features: chunk ${chunk.index} has no codes for "${col.attribute}"`);
      return (i) => (codes[i] === col.code ? 1 : 0);
    }
    const observed = own(chunk.observed, col.attribute);
    if (!observed) throw new Error(`model features: chunk ${chunk.index} has no observed values for "${col.attribute}"`);
    const { mean, sd } = col;
    return (i) => ((observed[i] as number) - mean) / sd;
  });
}

/**
 * Standardises the numeric columns of `rows` encoded rows (row-major X) in place, with the mean and
 * SD of those rows, and returns the spec that encodes new people the same way. A column with no
 * spread keeps SD 1.
 */
export function standardiseRows(spec: FeatureSpec, X: Float64Array, rows: number): FeatureSpec {
  const cols = spec.columns.length;
  const columns = spec.columns.map((col, j) => {
    if (col.kind !== 'numeric' || rows === 0) return col;
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += X[r * cols + j] as number;
    const m = sum / rows;
    let ss = 0;
    for (let r = 0; r < rows; r++) ss += ((X[r * cols + j] as number) - m) ** 2;
    const sd = Math.sqrt(ss / rows) || 1;
    for (let r = 0; r < rows; r++) X[r * cols + j] = ((X[r * cols + j] as number) - m) / sd;
    // Compose with the spec's own transform so raw observed values map straight to the new scale.
    return { ...col, mean: col.mean + col.sd * m, sd: col.sd * sd };
  });
  return { columns };
}

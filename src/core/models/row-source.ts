/**
 * Which people become training rows, and what their label is.
 *
 * Training uses only people who consented (`requireConsent`, true by default): personal data of
 * people who did not consent is not used. This is deliberate — it is the consent-gap mechanism:
 * groups that consent less are under-represented in what a model learns from.
 */
import type { StoreKey } from '../engine/chunk-store';
export interface RowSource {
  /** Store key of a Uint8Array mask (e.g. HISTORY): only people where it is 1. */
  maskKey?: StoreKey<Uint8Array>;
  /** Only people whose uniform from stream(seed, 'chunk', i, 'sample', name) is below `rate`. */
  sample?: { name: string; rate: number };
  /** Label from a Uint8Array store key (e.g. HISTORY_LABEL, SEED_AUDIENCE)… */
  labelKey?: StoreKey<Uint8Array>;
  /** …or from the person's potential conversion or click, or a constant (e.g. 0 for a sample). */
  label?: 'conversion' | 'click' | 0 | 1;
  /** Default true: people without consent are never training rows. */
  requireConsent?: boolean;
}

/** Encoded training rows: X is row-major (rows × cols), in chunk order then person order. */
export interface TrainingRows {
  readonly X: Float64Array;
  readonly y: Uint8Array;
  readonly rows: number;
  readonly cols: number;
}

/** Rows of `a` followed by rows of `b` (same columns), e.g. seed audience then random sample. */
export function concatRows(a: TrainingRows, b: TrainingRows): TrainingRows {
  if (a.cols !== b.cols) throw new Error(`concatRows: ${a.cols} columns vs ${b.cols}`);
  const X = new Float64Array(a.X.length + b.X.length);
  X.set(a.X);
  X.set(b.X, a.X.length);
  const y = new Uint8Array(a.rows + b.rows);
  y.set(a.y);
  y.set(b.y, a.rows);
  return { X, y, rows: a.rows + b.rows, cols: a.cols };
}

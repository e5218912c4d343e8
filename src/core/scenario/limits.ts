/**
 * Caps on scenario files. Scenario files come from strangers, so every size is bounded before any
 * work is done; each cap is stated in the error that enforces it.
 */
export const LIMITS = {
  /** Bytes of scenario JSON text accepted at all (checked before parsing). */
  fileBytes: 1_000_000,
  /** Nesting depth of the JSON document. A valid scenario needs about 8. */
  depth: 24,
  /** People in a population: the CLI target is 10 million. */
  populationSize: 10_000_000,
  attributes: 32,
  /** Categories per attribute: codes are stored in a Uint8Array. */
  categories: 64,
  /** Parent category combinations of one conditional table. */
  tableRows: 4096,
  policies: 16,
  replicates: 50,
  idLength: 64,
  labelLength: 160,
  nameLength: 200,
  descriptionLength: 20_000,
  predicates: 32,
  intersections: 16,
  /** Interaction terms per behaviour column, and derived (inferred or joint) attributes. */
  interactions: 16,
  derived: 8,
  /** Grid points of one sweep, and parameters it varies. */
  sweepPoints: 10_000,
  sweepParameters: 8,
  sweepPathLength: 200,
} as const;

/** Keys that could reach an object's prototype if a later step copied them naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

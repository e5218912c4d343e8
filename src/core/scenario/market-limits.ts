/**
 * The market section's size limits, apart from its schema so the engine's market tasks (which run
 * in the chunk workers) can read them without loading the scenario schema and its validator.
 */
export const MARKET_LIMITS = {
  rounds: 60,
  /** Sessions per person per round (impression counts are kept in 16 bits: 60 × 32 fits). */
  sessions: 32,
  competitors: 8,
  creatives: 8,
  interactions: 16,
} as const;

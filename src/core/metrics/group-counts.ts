/** The seven counts of one cell, read from a merged count array. */
import { FIELD, FIELD_COUNT } from './counts';

export interface GroupCounts {
  n: number;
  eligible: number;
  reached: number;
  positives: number;
  truePositives: number;
  expectedConversions: number;
  cost: number;
}

export function readCounts(counts: Float64Array, cellCount: number, policy: number, cell: number): GroupCounts {
  const at = (policy * cellCount + cell) * FIELD_COUNT;
  const get = (f: number) => counts[at + f] as number;
  return {
    n: get(FIELD.n),
    eligible: get(FIELD.eligible),
    reached: get(FIELD.reached),
    positives: get(FIELD.positives),
    truePositives: get(FIELD.truePositives),
    expectedConversions: get(FIELD.expectedConversions),
    cost: get(FIELD.cost),
  };
}

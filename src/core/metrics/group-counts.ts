/** The seven counts of one cell, read from a merged count array. */
import type { GroupRow } from '../results/types';
import { FIELD, FIELD_COUNT } from './counts';

/** The additive counts of a group row (the row's first fields, as results.json names them). */
export type GroupCounts = Pick<GroupRow, 'n' | 'eligible' | 'reached' | 'positives' | 'truePositives' | 'expectedConversions' | 'cost'>;

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

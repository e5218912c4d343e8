/** Merges the results of replicate seeds (in replicate order) with the audit's aggregation. */
import type { Results } from '../results/types';

export function aggregateRuns(perReplicate: readonly Results[]): Results {
  throw new Error(`replicates are not available yet (${perReplicate.length} requested)`);
}

/**
 * Where a person stood in a policy's ranking: 1 + the number of candidates who scored higher, of
 * all candidates — or, for a policy that cuts per group (a fairness wrapper), of the candidates of
 * the person's group. Ties share a place (the selection's tie-break draw settles them).
 */
import type { ChunkState } from '../engine/chunk-state';
import { scoreKey } from '../engine/store-keys';

export interface PersonRank {
  position: number;
  candidates: number;
  /** Set when the ranking is within the person's group of that attribute. */
  within?: { attribute: string; group: string };
}

export function personRank(
  states: readonly ChunkState[],
  policyId: string,
  score: number,
  within?: { attribute: string; group: string; code: number },
): PersonRank {
  let higher = 0;
  let candidates = 0;
  for (const state of states) {
    const scores = state.store.get(scoreKey(policyId));
    if (!scores) continue;
    const codes = within ? state.chunk?.codes[within.attribute] : undefined;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i] as number;
      if (s !== s || (codes && codes[i] !== within!.code)) continue;
      candidates++;
      if (s > score) higher++;
    }
  }
  const rank: PersonRank = { position: higher + 1, candidates };
  if (within) rank.within = { attribute: within.attribute, group: within.group };
  return rank;
}

/**
 * The campaign's eligibility rule as a per-chunk mask. Every policy picks only among eligible
 * people; personalised policies further need consent (see `candidates.ts`).
 */
import { generatedChunk } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask, sumFields } from '../engine/chunk-task';
import type { NoArgs } from '../engine/chunk-task';
import { countOnes } from '../engine/person-masks';
import { ELIGIBLE } from '../engine/store-keys';
import { matchRule } from '../rules';

/** Task: writes ELIGIBLE into the chunk's store; returns (merged: in all) how many are eligible. */
export const eligibility = chunkTask('eligibility', eligibleIn, (parts) => sumFields(parts, { eligible: 0 }));

function eligibleIn(state: ChunkState, _args: NoArgs): { eligible: number } {
  const chunk = generatedChunk(state);
  const mask = matchRule(state.scenario.campaign.eligibility, state.scenario, chunk);
  state.store.set(ELIGIBLE, mask);
  return { eligible: countOnes(mask, mask.length) };
}

/**
 * The campaign's eligibility rule as a per-chunk mask. Every policy picks only among eligible
 * people; personalised policies further need consent (see `candidates.ts`).
 */
import type { ChunkState } from '../engine/runner';
import { ELIGIBLE } from '../engine/store-keys';
import { matchRule } from '../rules';
import { requireChunk } from './chunk-access';

/** Task: writes ELIGIBLE (Uint8Array) into the chunk's store; returns how many are eligible. */
export function eligibility(state: ChunkState, _args: Record<string, never>): { eligible: number } {
  const chunk = requireChunk(state);
  const mask = matchRule(state.scenario.campaign.eligibility, state.scenario, chunk);
  state.store.set(ELIGIBLE, mask);
  let eligible = 0;
  for (let i = 0; i < mask.length; i++) eligible += mask[i] as number;
  return { eligible };
}

/**
 * Task run once per campaign before its first round: fresh per-person columns, an empty `selected`
 * mask (the rounds fill it with the people reached), the audience of a fairness policy whose own
 * selection is whom its campaign targets, and the people and eligible people per round cell.
 */
import type { ChunkState } from '../engine/chunk-state';
import { generatedChunk, stored } from '../engine/chunk-access';
import { storeKey } from '../engine/chunk-store';
import { chunkTask } from '../engine/chunk-task';
import { mergeByAddition } from '../metrics/counts';
import { ELIGIBLE, selectedKey } from '../engine/store-keys';
import { roundCellCount, roundCodes, roundSlices } from './deliver';
import { audienceKey, campaignKeys } from './keys';

/** Fields of the per-cell people counts `marketStart` returns. */
export const PEOPLE_FIELD = { n: 0, eligible: 1 } as const;
export const PEOPLE_FIELD_COUNT = 2;

/** Task: a campaign's start; merged: people and eligible people per round cell. */
export const marketStart = chunkTask('marketStart', startIn, (parts) => mergeByAddition(parts));

function startIn(state: ChunkState, args: { policyId: string; audienceFrom?: string }): Float64Array {
  const chunk = generatedChunk(state);
  const n = chunk.size;
  for (const key of campaignKeys(args.policyId)) state.store.delete(key);
  if (args.audienceFrom !== undefined) {
    const selected = stored(state, storeKey<Uint8Array>(args.audienceFrom));
    const audience = new Float32Array(n);
    for (let i = 0; i < n; i++) audience[i] = selected[i] === 1 ? 1 : NaN;
    state.store.set(audienceKey(args.policyId), audience);
  }
  state.store.set(selectedKey(args.policyId), new Uint8Array(n));
  const slices = roundSlices(state.scenario);
  const { codes, offsets } = roundCodes(slices, chunk);
  const eligible = state.store.get(ELIGIBLE);
  const out = new Float64Array(roundCellCount(state.scenario) * PEOPLE_FIELD_COUNT);
  for (let i = 0; i < n; i++) {
    const e = !eligible || eligible[i] === 1 ? 1 : 0;
    out[PEOPLE_FIELD.n]! += 1;
    out[PEOPLE_FIELD.eligible]! += e;
    for (let k = 0; k < codes.length; k++) {
      const at = ((offsets[k] as number) + ((codes[k] as Uint8Array)[i] as number)) * PEOPLE_FIELD_COUNT;
      out[at + PEOPLE_FIELD.n]! += 1;
      out[at + PEOPLE_FIELD.eligible]! += e;
    }
  }
  return out;
}

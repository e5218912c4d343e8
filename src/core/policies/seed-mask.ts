/** Task: a lookalike's own seed audience, the people matching its `seedRule`. */
import { generatedChunk } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask, sumFields } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
import { matchRule } from '../rules';
import type { Rule } from '../scenario/types';

export const policySeedMask = chunkTask('policySeedMask', seedMask, (parts) => sumFields(parts, { seed: 0 }));

function seedMask(state: ChunkState, args: { key: StoreKey<Uint8Array>; rule: Rule }): { seed: number } {
  const mask = matchRule(args.rule, state.scenario, generatedChunk(state));
  state.store.set(args.key, mask);
  let seed = 0;
  for (let i = 0; i < mask.length; i++) seed += mask[i] as number;
  return { seed };
}

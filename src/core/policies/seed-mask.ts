/** Task: a lookalike's own seed audience, the people matching its `seedRule`. */
import type { ChunkState } from '../engine/runner';
import { matchRule } from '../rules';
import type { Rule } from '../scenario/types';
import { requireChunk } from './chunk-access';

export function policySeedMask(state: ChunkState, args: { key: string; rule: Rule }): { seed: number } {
  const mask = matchRule(args.rule, state.scenario, requireChunk(state));
  state.store.set(args.key, mask);
  let seed = 0;
  for (let i = 0; i < mask.length; i++) seed += mask[i] as number;
  return { seed };
}

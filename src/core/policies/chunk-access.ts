/** A chunk's category codes for the policy tasks that work per group. */
import { generatedChunk } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { own } from '../records/own';
import { categoricalById } from '../inference/derived';

/** Category codes of a categorical attribute, and how many categories it has. */
export function groupCodes(state: ChunkState, attribute: string): { codes: Uint8Array; groups: number } {
  const chunk = generatedChunk(state);
  const attr = categoricalById(state.scenario, attribute);
  const codes = own(chunk.codes, attribute);
  if (!attr || !codes) throw new Error(`"${attribute}" is not a categorical attribute`);
  return { codes, groups: attr.categories.length };
}

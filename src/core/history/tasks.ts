/** Chunk tasks of the past campaign (see run-history.ts). */
import { HISTORY, HISTORY_LABEL, SEED_AUDIENCE } from '../engine/store-keys';
import type { ChunkState } from '../engine/runner';
import type { PopulationChunk } from '../population/chunk';
import { stream } from '../random/stream';
import { matchRule } from '../rules/match-rule';
import { recordProbability } from './label-bias';

/** Float32Array: 1 for people the history rule matches, 0 otherwise (every person is a candidate). */
export const HISTORY_RULE_SCORE = 'history#ruleScore';

function generated(state: ChunkState): PopulationChunk {
  if (!state.chunk) throw new Error(`chunk ${state.index} has not been generated`);
  return state.chunk;
}

export function historyRuleScore(state: ChunkState, _args: Record<string, never>): void {
  const chunk = generated(state);
  const match = matchRule(state.scenario.history.rule, state.scenario, chunk);
  state.store.set(HISTORY_RULE_SCORE, Float32Array.from(match));
}

export interface ChunkHistoryCounts {
  size: number;
  matched: number;
  recordedConversions: number;
  trueConversions: number;
}

/** Records the history's outcomes (with label bias) as HISTORY_LABEL and SEED_AUDIENCE. */
export function historyLabels(state: ChunkState, _args: Record<string, never>): ChunkHistoryCounts {
  const chunk = generated(state);
  const reached = state.store.get(HISTORY) as Uint8Array | undefined;
  const ruleScore = state.store.get(HISTORY_RULE_SCORE) as Float32Array | undefined;
  if (!reached || !ruleScore) throw new Error(`chunk ${state.index}: the history has not been selected`);
  const record = recordProbability(state.scenario, chunk);
  const draw = stream(state.seed, 'chunk', state.index, 'labelBias');
  const label = new Uint8Array(chunk.size);
  const counts: ChunkHistoryCounts = { size: 0, matched: 0, recordedConversions: 0, trueConversions: 0 };
  for (let i = 0; i < chunk.size; i++) {
    // One draw per person, reached or not, so each person keeps their draw when the history changes.
    const u = draw.next();
    if (!reached[i]) continue;
    counts.size++;
    if (ruleScore[i] === 1) counts.matched++;
    if (!chunk.converts[i]) continue;
    counts.trueConversions++;
    if (u < (record[i] as number)) {
      label[i] = 1;
      counts.recordedConversions++;
    }
  }
  state.store.set(HISTORY_LABEL, label);
  // The lookalike's default seed audience ("our customers") is the recorded converters.
  state.store.set(SEED_AUDIENCE, label.slice());
  state.store.delete(HISTORY_RULE_SCORE);
  return counts;
}

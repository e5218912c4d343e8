/** Chunk tasks of the past campaign (see run-history.ts). */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask, sumFields } from '../engine/chunk-task';
import type { NoArgs } from '../engine/chunk-task';
import { listOnes, onesAt } from '../engine/person-masks';
import { HISTORY, HISTORY_LABEL, HISTORY_RULE_SCORE, SEED_AUDIENCE } from '../engine/store-keys';
import { aleaState, tieWordsInto } from '../selection/tie-words';
import { matchRule } from '../rules/match-rule';
import { labelBias, recordProbability } from './label-bias';
import type { LabelBias } from './label-bias';

/** Task: writes HISTORY_RULE_SCORE, the score the history is selected by. */
export const historyRuleScore = chunkTask('historyRuleScore', (state: ChunkState, _args: NoArgs): void => {
  const chunk = generatedChunk(state);
  const match = matchRule(state.scenario.history.rule, state.scenario, chunk);
  state.store.set(HISTORY_RULE_SCORE, new Float32Array(match));
});

export interface ChunkHistoryCounts {
  size: number;
  matched: number;
  recordedConversions: number;
  trueConversions: number;
}

/** Task: records the history's outcomes (with label bias) as HISTORY_LABEL and SEED_AUDIENCE; merged: the counts summed. */
export const historyLabels = chunkTask('historyLabels', recordLabels, (parts) =>
  sumFields(parts, { size: 0, matched: 0, recordedConversions: 0, trueConversions: 0 }),
);

/** A chunk's draws (as words, see tieWordsInto) and its reached people, reused from chunk to chunk (tasks run one at a time). */
let drawScratch = new Uint32Array(0);
let reachedScratch = new Int32Array(0);

function recordLabels(state: ChunkState, _args: NoArgs): ChunkHistoryCounts {
  const chunk = generatedChunk(state);
  const n = chunk.size;
  const ruleScore = stored(state, HISTORY_RULE_SCORE);
  const bias = labelBias(state.scenario, chunk);
  if (drawScratch.length < n) {
    drawScratch = new Uint32Array(n);
    reachedScratch = new Int32Array(n);
  }
  // One draw per person, reached or not, so each person keeps their draw when the history changes;
  // drawn as one block (the stream's uniforms u as the words u·2^32, exactly, four chains at a
  // time), then only the reached are visited.
  const u = drawScratch.subarray(0, n);
  tieWordsInto(aleaState(state.seed, ['chunk', state.index, 'labelBias']), u);
  const reached = reachedScratch;
  const size = onesAt(stored(state, HISTORY), reached, n);
  const label = new Uint8Array(n);
  const counts: ChunkHistoryCounts = { size, matched: 0, recordedConversions: 0, trueConversions: 0 };
  // The recorded converters' positions go into `reached` from its start: the k-th recorded is
  // written after the k-th reached person was read, so no unread position is overwritten.
  recordReached(counts, label, reached, ruleScore, chunk.converts, u, bias);
  state.store.set(HISTORY_LABEL, label);
  // The lookalike's default seed audience ("our customers") is the recorded converters, listed
  // with their positions for the rows that read it (person-masks.ts).
  const seed = label.slice();
  listOnes(seed, reached.slice(0, counts.recordedConversions));
  state.store.set(SEED_AUDIENCE, seed);
  state.store.delete(HISTORY_RULE_SCORE);
  return counts;
}

/**
 * The reached people's counts and recorded labels (their loop alone, nothing cold after it); the
 * recorded people's positions, in order, over the start of `reached`.
 */
function recordReached(
  counts: ChunkHistoryCounts,
  label: Uint8Array,
  reached: Int32Array,
  ruleScore: Float32Array,
  converts: Uint8Array,
  u: Uint32Array,
  bias: LabelBias,
): void {
  for (let k = 0; k < counts.size; k++) {
    const i = reached[k] as number;
    if (ruleScore[i] === 1) counts.matched++;
    if (converts[i] !== 1) continue;
    counts.trueConversions++;
    if ((u[i] as number) * 2.3283064365386963e-10 < recordProbability(bias, i)) {
      label[i] = 1;
      reached[counts.recordedConversions] = i;
      counts.recordedConversions++;
    }
  }
}

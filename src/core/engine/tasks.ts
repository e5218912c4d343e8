/**
 * Every task a ChunkRunner can run on a chunk, by name. A worker imports this table and nothing
 * else from the engine; each module contributes its own tasks (one line each below).
 */
import type { ChunkState } from './runner';
import { selectionApply, selectionHistogram, selectionKeys } from '../selection/tasks';
import { historyLabels, historyRuleScore } from '../history/tasks';
import { modelRows, scoreModel } from '../models/tasks';
import { modelEvaluate, modelPrepare, modelRowsDrop } from '../models/fit-tasks';
import { generate } from '../population/generate-task';
import { auditCounts, auditScoreRange } from '../metrics/tasks';
import { chunkPeopleCsv } from '../results/people-csv';
import { inferenceCounts } from '../inference/report-task';
import { policyContextMeans, policyContextScores } from '../policies/tasks';
import { eligibility, policyCountAbove, policyDropKeys, storeClear, policyGroupStats, policyMaskGroups, policyScoreHistogram, policyScores, policySeedMask } from '../policies/tasks';

/** Test-only task: echoes the chunk index (used by runner tests). */
function ping(state: ChunkState, args: { fail?: number }): number {
  if (args.fail === state.index) throw new Error(`chunk ${state.index} failed on purpose`);
  return state.index;
}

export const TASKS = {
  ping,
  selectionHistogram,
  selectionKeys,
  selectionApply,
  historyRuleScore,
  historyLabels,
  modelRows,
  modelPrepare,
  modelEvaluate,
  modelRowsDrop,
  scoreModel,
  generate,
  auditScoreRange,
  auditCounts,
  peopleCsv: chunkPeopleCsv,
  eligibility,
  policyScores,
  policyMaskGroups,
  policyGroupStats,
  policyScoreHistogram,
  policyDropKeys,
  storeClear,
  policySeedMask,
  policyCountAbove,
  inferenceCounts,
  policyContextMeans,
  policyContextScores,
} as const;

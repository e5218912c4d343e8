/**
 * Every chunk task an engine worker can run, by name: the table is composed here, at the top,
 * from the tasks each feature defines beside its code (the engine itself knows none of them).
 * A task missing here fails in a worker with "unknown task"; a duplicate name fails at start-up.
 */
import type { ChunkTask } from '../src/core/engine/chunk-task';
import { ping } from '../src/core/engine/ping-task';
import { historyLabels, historyRuleScore } from '../src/core/history/history-tasks';
import { auditCounts, auditScoreRange } from '../src/core/metrics/audit-tasks';
import { modelEvaluate, modelPrepare, modelRowsDrop } from '../src/core/models/fit-tasks';
import { modelRows, scoreModel } from '../src/core/models/row-tasks';
import { policyMaskGroups, policyScores } from '../src/core/policies/candidate-scores';
import { policyCountAbove } from '../src/core/policies/count-above';
import { policyDropKeys, storeClear } from '../src/core/policies/drop-columns';
import { eligibility } from '../src/core/policies/eligibility';
import { policyGroupStats, policySelectionStats } from '../src/core/policies/group-stats';
import { policyScoreHistogram } from '../src/core/policies/score-histogram';
import { policySeedMask } from '../src/core/policies/seed-mask';
import { marketBids, marketCompetition, marketDeliver, marketOpportunities, marketStart } from '../src/core/market/tasks';
import { learnerDrop, learnerObserve, learnerTargeting, learnerTop } from '../src/core/learning/tasks';
import { generate } from '../src/core/population/generate-task';
import { peopleCsv } from '../src/core/results/people-csv';
import { selectionApply } from '../src/core/selection/apply';
import { selectionHistogram, selectionKeys } from '../src/core/selection/round-tasks';
import { inferenceCounts } from '../src/core/inference/report-task';
import { policyContextMeans, policyContextScores } from '../src/core/policies/contextual-scores';

/** A task of any args and result, as the worker looks it up by name (args arrive as sent). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table of tasks with different args; each is called with the args its caller typed.
export type AnyChunkTask = ChunkTask<any, unknown, unknown>;

const TASKS: readonly AnyChunkTask[] = [
  ping,
  generate,
  eligibility,
  storeClear,
  historyRuleScore,
  historyLabels,
  modelRows,
  modelPrepare,
  modelEvaluate,
  modelRowsDrop,
  scoreModel,
  policyScores,
  policyMaskGroups,
  policyGroupStats,
  policySelectionStats,
  policyScoreHistogram,
  policyDropKeys,
  policySeedMask,
  policyCountAbove,
  selectionHistogram,
  selectionKeys,
  selectionApply,
  auditScoreRange,
  auditCounts,
  peopleCsv,
  marketStart,
  marketOpportunities,
  marketCompetition,
  marketBids,
  marketDeliver,
  learnerObserve,
  learnerTop,
  learnerTargeting,
  learnerDrop,
  inferenceCounts,
  policyContextMeans,
  policyContextScores,
];

export const TASK_TABLE: ReadonlyMap<string, AnyChunkTask> = taskTable(TASKS);

/** Tasks by name; throws on a duplicate name. */
export function taskTable(tasks: readonly AnyChunkTask[]): Map<string, AnyChunkTask> {
  const table = new Map<string, AnyChunkTask>();
  for (const task of tasks) {
    if (table.has(task.name)) throw new Error(`two chunk tasks are named "${task.name}"`);
    table.set(task.name, task);
  }
  return table;
}

/** The task named `name`; throws if this worker does not know it. */
export function taskNamed(name: string): AnyChunkTask {
  const task = TASK_TABLE.get(name);
  if (!task) throw new Error(`unknown task "${name}"`);
  return task;
}

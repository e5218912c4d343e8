export { runHistory } from './run-history';
export type { HistorySummary } from './run-history';
export { labelBias, recordProbability } from './label-bias';
export type { LabelBias } from './label-bias';
export { historyRuleScore, historyLabels } from './history-tasks';

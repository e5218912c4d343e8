export { runHistory } from './run-history';
export type { HistorySummary } from './run-history';
export { recordProbability } from './label-bias';
export { historyRuleScore, historyLabels } from './history-tasks';

export type { SelectionBudget, SelectionRequest, SelectionResult, GroupSelection } from './request';
export { selectTop } from './select-top';
export { selectionHistogram, selectionKeys, selectionApply } from './round-tasks';
export type { GroupCut } from './round-tasks';

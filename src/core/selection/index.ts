export type { SelectionBudget, SelectionRequest, SelectionResult, GroupSelection } from './request';
export { selectTop } from './select-top';
export { selectionHistogram, selectionKeys, selectionApply } from './tasks';
export type { GroupCut } from './tasks';

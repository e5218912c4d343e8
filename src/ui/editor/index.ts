export * from './draft';
export * from './json-locate';
export * from './validation';
export { FgScenarioEditor } from './scenario-editor';
export type { ScenarioInputDetail } from './scenario-editor';
export { FgJsonView } from './json-view';

export { FgApp, DEFAULT_SCENARIO_TEXT } from './app';

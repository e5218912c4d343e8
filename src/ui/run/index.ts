export * from './engine-port';
export * from './run-controller';
export { FgRunControls } from './run-controls';

export * from './issues';
export * from './limits';
export * from './parse';
export * from './types';
export { FORMAT, VERSION, ID_PATTERN } from './schema';
export { scenarioJsonSchema } from './json-schema';
export * from './work-estimate';

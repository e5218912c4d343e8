export * from './thresholds';
export * from './layout';
export * from './element';

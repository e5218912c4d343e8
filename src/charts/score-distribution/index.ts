export * from './thresholds';
export * from './layout';
export * from './element';
export * from './threshold-strip';

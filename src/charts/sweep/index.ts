export * from './series';
export * from './frontier-layout';
export * from './metric-layout';
export * from './element';

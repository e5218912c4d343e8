export * from './layout';
export * from './element';

export * from './layout';
export * from './element';
export * from './navigation';

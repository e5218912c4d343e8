export * from './claims';
export * from './library';
export * from './summary';

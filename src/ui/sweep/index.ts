export * from './sweep-panel';
export * from './sweep-controller';
export * from './sweep-draft';

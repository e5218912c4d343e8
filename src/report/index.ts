export * from './build';
export * from './payload';
export * from './sign-off';
export * from './compare';
export * from './compare-html';

export * from './build';
export * from './payload';
export * from './sign-off';
export * from './compare';

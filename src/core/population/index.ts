export * from './chunk';
export * from './generate-chunk';
export * from './generate-population';
export * from './generate-task';
export * from './standardisation';
export * from './beta';

export * from './ratio-layout';
export * from './shares-layout';
export * from './policies-layout';
export * from './series';
export * from './element';

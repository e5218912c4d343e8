export * from './what-if';
export * from './policy-names';

export { matchRule } from './match-rule';

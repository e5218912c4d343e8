export * from './own';

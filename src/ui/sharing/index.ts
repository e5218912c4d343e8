export * from './autosave';
export * from './drop-target';
export * from './file-open';
export * from './file-save';
export * from './share-link';
export * from './startup';
export { FgRestoreNotice } from './restore-notice';
export * from './draft-notice';

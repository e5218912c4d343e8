export { FgOverview } from './overview';
export type { OverviewSelectDetail } from './overview';
export * from './overview-model';
export * from '../../charts/group-names';
export type { WhatIf } from './what-ifs';
export { modelFeatures, whatIfEvent } from './what-ifs';
export type { ThresholdPreview } from './unsaved-thresholds';
export { THRESHOLD_PREVIEW_EVENT, unsavedRow } from './unsaved-thresholds';

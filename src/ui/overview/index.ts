export { FgOverview } from './overview';
export type { OverviewSelectDetail } from './overview';
export * from './overview-model';
export * from '../../charts/group-names';
export type { WhatIf } from './what-ifs';
export { modelFeatures, whatIfEvent } from './what-ifs';

export * from './findings';
export * from './chart-catalogue';
export { FgDashboard } from './dashboard';
export type { DashboardSelection } from './dashboard';

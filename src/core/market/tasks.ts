/** The market's chunk tasks (composed into the worker's task table in workers/chunk-task-table.ts). */
export { marketOpportunities, marketCompetition } from './opportunities';
export { marketBids } from './pacing';
export { marketDeliver } from './deliver';
export { marketStart } from './start';

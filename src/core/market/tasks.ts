/** The market's chunk tasks, registered in `engine/tasks.ts`. */
export { marketOpportunities, marketCompetition } from './opportunities';
export { marketBids } from './pacing';
export { marketDeliver } from './deliver';
export { marketStart } from './start';

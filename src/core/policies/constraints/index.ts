export { demographicParity, parityBudgets } from './demographic-parity';
export { equalOpportunity } from './equal-opportunity';
export { minRepresentation } from './min-representation';
export { varianceReduction, MAX_ROUNDS } from './variance-reduction';
export type { ConstraintInput, ConstraintOutcome } from './groups';

/**
 * Every fairness constraint, in the order the scenario schema and the editor list them: the one
 * list of constraint names. A new constraint is one file (a `defineConstraint`) and one line here.
 */
import { demographicParity } from './demographic-parity';
import { equalOpportunity } from './equal-opportunity';
import { explicitThresholds } from './explicit-thresholds';
import { minRepresentation } from './min-representation';
import { varianceReduction } from './variance-reduction';

export const CONSTRAINTS = [demographicParity, equalOpportunity, minRepresentation, varianceReduction, explicitThresholds] as const;

export type ConstraintName = (typeof CONSTRAINTS)[number]['name'];
export { MAX_ROUNDS } from './variance-reduction';
export type { ConstraintDescriptor } from './descriptor';
export type { ConstraintInput, ConstraintOutcome } from './input';

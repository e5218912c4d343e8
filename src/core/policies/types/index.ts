/**
 * Every policy type, in the order the scenario schema and the editor list them: the one list of
 * policy types. A new type is one file (a `definePolicyType`) and one line here.
 */
import { delivery } from './delivery';
import { fairness } from './fairness';
import { lookalike } from './lookalike';
import { propensity } from './propensity';
import { random } from './random';
import { rules } from './rules';

export const POLICY_DESCRIPTORS = [
  random,
  rules,
  propensity,
  lookalike,
  delivery,
  fairness,
] as const;

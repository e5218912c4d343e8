/**
 * The market's `learning` section: which learned policies retrain at the end of every round on
 * what their campaign observed (only the reached people's outcomes), and how they explore. A
 * policy not listed never retrains. Policy ids are checked against the scenario in
 * `src/core/learning/references.ts`.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { id, within } from './schema-fields';

export const Exploration = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }).describe('Greedy: every round targets the people the retrained model rates highest.'),
  z
    .strictObject({
      kind: z.literal('epsilon-greedy'),
      epsilon: within(0, 1).describe('Each round, each candidate is with this probability targeted as the best prospect, whatever the model predicts.'),
    })
    .describe('ε-greedy: a random share of the candidates is explored every round.'),
  z
    .strictObject({ kind: z.literal('thompson') })
    .describe('Thompson sampling: every round scores with coefficients drawn from the model\'s posterior N(β, H⁻¹), so groups the model knows little about are sometimes rated high.'),
]);

export const PolicyLearning = z.strictObject({
  policy: id().describe('A `propensity`, `lookalike` or `delivery` policy of the scenario.'),
  exploration: Exploration.default({ kind: 'none' }),
});

export const Learning = z
  .array(PolicyLearning)
  .max(LIMITS.policies, `at most ${LIMITS.policies} entries`)
  .describe('Learned policies that retrain after every round on the outcomes their campaign observed, with an exploration strategy each.');

/**
 * The scenario's `sweep` section: a grid of what-ifs over this scenario (paths, values and the grid
 * are checked further in `src/core/sweep/plan.ts`, which applies every point and validates the
 * scenario it gives).
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { finite, id } from './schema-fields';


export const SweepValue = z.union([finite(), z.string().max(LIMITS.labelLength), z.boolean()]);

export const SweepRange = z.strictObject({
  from: finite(),
  to: finite(),
  steps: z.number().int().min(2).max(LIMITS.sweepPoints).describe('Values from `from` to `to` inclusive, evenly spaced.'),
  scale: z.enum(['linear', 'log']).default('linear').describe('`log`: evenly spaced on a log scale (from and to must be positive).'),
  integer: z.boolean().default(false).describe('Round every value to a whole number (for counts of people).'),
});

export const SweepParameter = z.strictObject({
  path: z.string().min(1).max(LIMITS.sweepPathLength).describe('Where in the scenario: `campaign.budget.people`, `policies.parity.tolerance` (an array element by id or index), `behaviour.price.multipliers.gender.f`, `seed`.'),
  name: id().optional().describe('Column name in the sweep tables (default: the path).'),
  values: z.array(SweepValue).min(1).max(LIMITS.sweepPoints).optional().describe('The values to try, in order.'),
  range: SweepRange.optional(),
});

export const Sweep = z.strictObject({
  parameters: z.array(SweepParameter).min(1).max(LIMITS.sweepParameters, `at most ${LIMITS.sweepParameters} parameters`),
  grid: z.enum(['product', 'points']).default('product').describe('`product`: every combination of the parameters\' values (the first varies slowest); `points`: the listed `points` only.'),
  points: z.array(z.array(SweepValue).max(LIMITS.sweepParameters)).max(LIMITS.sweepPoints).optional().describe('With grid `points`: one value per parameter, in parameter order.'),
});

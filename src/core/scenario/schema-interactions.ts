/**
 * Interaction terms (issue 15): an effect for people in several groups at once — women AND aged
 * 25–54 — without a derived attribute that would then become a perfect proxy feature. Optional
 * fields: a scenario without them generates exactly the same people.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { NUMBER_BOUNDS as NB } from './number-bounds';
import { effect, id, within } from './schema-fields';

/** Categorical attribute id → the categories that match; a person matches when every entry holds. */
export const InteractionWhen = z
  .record(id(), z.array(id()).min(1).max(LIMITS.categories))
  .refine((w) => Object.keys(w).length >= 1 && Object.keys(w).length <= 4, 'name one to four attributes')
  .describe('attribute → categories; the term applies to a person in one of the listed categories of every attribute named (e.g. { "gender": ["f"], "age": ["25-34", "35-54"] }).');

export const Interactions = z
  .array(z.strictObject({ when: InteractionWhen, effect: effect().describe('Log-odds added for the people who match.') }))
  .max(LIMITS.interactions, `at most ${LIMITS.interactions} interaction terms`)
  .describe('Interaction terms: a log-odds effect for the people in several groups at once.');

export const PriceInteractions = z
  .array(
    z.strictObject({
      when: InteractionWhen,
      multiplier: within(NB.multiplierMin, NB.multiplierMax, ' (a price multiplier)').describe('Price multiplier for the people who match (on top of the per-group multipliers).'),
    }),
  )
  .max(LIMITS.interactions, `at most ${LIMITS.interactions} interaction terms`)
  .describe('Interaction terms: a price multiplier for the people in several groups at once (competitors bidding for women aged 25–54).');

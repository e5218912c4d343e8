/**
 * Consent per data use (issue 15). Consent covers two uses of a person's data: training models
 * and personalised targeting. Without consent neither happens; by default a personalised policy
 * then never selects the person. `withoutConsent: { use: "contextual" }` lets the same policy reach
 * them by context alone — personalised for those who consented, contextual for the rest.
 */
import { z } from 'zod';
import { id } from './schema-fields';

export const WithoutConsent = z
  .strictObject({
    use: z.literal('contextual').describe('contextual: people without consent stay candidates, scored by their context, never by their own data.'),
    context: z
      .array(id())
      .max(3)
      .default([])
      .describe('Categorical attributes of the ad slot\'s context (device, page topic). A person without consent scores the mean prediction of the consenting candidates in the same context; with none, the mean of all of them.'),
  })
  .describe('How the policy treats eligible people who did not consent to personal-data targeting (default: it never selects them).');

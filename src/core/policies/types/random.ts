/** `random`: uniform among eligible people, consent or not — the baseline every other policy is compared to. */
import { z } from 'zod';
import { policyBase } from './common';
import { definePolicyType } from './descriptor';

export const random = definePolicyType({
  type: 'random',
  schema: z.strictObject({ ...policyBase, type: z.literal('random') }),
  label: 'Random (baseline)',
  summary: 'Reaches eligible people at random: the yardstick every other policy is compared with.',
  usesPersonalData: false,
  learned: false,
  score: (kit) => kit.draw(),
  editor: [],
});

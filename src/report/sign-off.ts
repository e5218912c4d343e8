/**
 * The sign-off: who reviewed the audit, in what role, what they decided, on which conditions and
 * when — and the scenario hash they signed against, so a report re-made after the scenario changed
 * says that the sign-off does not cover it. It travels inside the report file (see payload.ts), so
 * it is untrusted on the way back in and validated here.
 */
import { z } from 'zod';

export const DECISIONS = {
  approved: 'Approved',
  'approved-with-conditions': 'Approved with conditions',
  'changes-required': 'Changes required',
  rejected: 'Rejected',
} as const;

export type Decision = keyof typeof DECISIONS;

const text = (max: number) => z.string().max(max).transform((s) => s.trim());

export const SignOffSchema = z.strictObject({
  reviewer: text(200).pipe(z.string().min(1, 'the reviewer is missing')),
  role: text(200),
  decision: z.enum(Object.keys(DECISIONS) as [Decision, ...Decision[]], { error: 'choose a decision' }),
  conditions: text(4000),
  /** The day of the decision, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the date must be YYYY-MM-DD'),
  /** The scenario hash (`results.scenario.hash`) the reviewer signed against. */
  scenarioHash: z.string().regex(/^[0-9a-f]{16}$/, 'the scenario hash must be 16 hex digits'),
});

export type SignOff = z.output<typeof SignOffSchema>;

export type SignOffCheck = { ok: true; signOff: SignOff } | { ok: false; problems: string[] };

export function parseSignOff(value: unknown): SignOffCheck {
  const r = SignOffSchema.safeParse(value);
  if (r.success) return { ok: true, signOff: r.data };
  return { ok: false, problems: r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)) };
}

/** Whether the sign-off covers the scenario a report shows. */
export function signedThisScenario(signOff: SignOff, scenarioHash: string): boolean {
  return signOff.scenarioHash === scenarioHash;
}

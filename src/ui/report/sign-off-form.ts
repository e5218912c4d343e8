/**
 * The sign-off form's logic, apart from the element: today's date, the fields of an existing
 * sign-off, and turning the fields into a sign-off. Unchanged fields keep the sign-off as it was
 * (its date and the scenario hash it was signed against), so re-exporting never re-signs silently;
 * any edit makes a new sign-off against the scenario on screen.
 */
import { parseSignOff, type SignOff, type SignOffCheck } from '../../report/sign-off';

export interface SignOffFields {
  reviewer: string;
  role: string;
  decision: string;
  conditions: string;
  date: string;
}

/** `YYYY-MM-DD` of `now` in local time. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function fieldsOf(signOff: SignOff | undefined, today: string): SignOffFields {
  if (!signOff) return { reviewer: '', role: '', decision: '', conditions: '', date: today };
  const { reviewer, role, decision, conditions, date } = signOff;
  return { reviewer, role, decision, conditions, date };
}

function sameFields(a: SignOffFields, b: SignOffFields): boolean {
  return a.reviewer.trim() === b.reviewer.trim() && a.role.trim() === b.role.trim() && a.decision === b.decision &&
    a.conditions.trim() === b.conditions.trim() && a.date === b.date;
}

/** The sign-off the fields make: the existing one when nothing changed, else a new one for `scenarioHash`. */
export function signOffFromFields(fields: SignOffFields, existing: SignOff | undefined, scenarioHash: string): SignOffCheck {
  if (existing && sameFields(fields, fieldsOf(existing, fields.date))) return { ok: true, signOff: existing };
  return parseSignOff({ ...fields, scenarioHash });
}

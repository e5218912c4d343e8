/**
 * The building blocks every part of the scenario schema uses: finite numbers within bounds, ids,
 * labels. Kept apart from `schema.ts` so each section's schema can be a file of its own.
 */
import { z } from 'zod';
import { FORBIDDEN_KEYS, LIMITS } from './limits';
import { NUMBER_BOUNDS as NB } from './number-bounds';

// No code generation: zod's fast path probes `new Function('')`, which the app's CSP forbids (a
// violation report on every load) and which untrusted input has no business near anyway.
z.config({ jitless: true });

export const finite = () => z.number().refine(Number.isFinite, 'must be a finite number');
/** Ids appear in table keys joined by `|`, in CSV columns and in URLs: keep them plain. */
export const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;
export const id = () =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`)
    .regex(ID_PATTERN, {
      error: (issue) => `${JSON.stringify(String(issue.input).slice(0, 40))} is not a valid id: use only letters, digits, _ . + - (and do not start with . + -)`,
    })
    // Ids become keys of the generated columns (`chunk.codes[id]`): "__proto__" would replace an
    // object's prototype there instead of adding a column.
    .refine((v) => !FORBIDDEN_KEYS.has(v), { error: (issue) => `"${String(issue.input)}" is reserved and cannot be an id` });
// Number bounds (issue 10): every accepted number keeps the engine's columns finite; the reasons
// for each bound are in number-bounds.ts.
export const within = (lo: number, hi: number, what = '') =>
  finite()
    .min(lo, `must be at least ${lo}${what}`)
    .max(hi, `must be at most ${hi}${what}`);
export const spread = (lo: number, hi: number) => within(lo, hi, ' (a spread must be positive and finite)');
export const effect = () => within(-NB.effect, NB.effect, ' (a log-odds effect)');
/** attribute id → category id → number within [lo, hi]. */
export const groupMapWithin = (lo: number, hi: number, what = '') => z.record(id(), z.record(id(), within(lo, hi, what)));

export const label = () => z.string().max(LIMITS.labelLength, `must be at most ${LIMITS.labelLength} characters`);

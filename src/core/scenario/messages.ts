/**
 * Messages for the scenario validator in the words of the file's author. zod's defaults read like
 * "Invalid input: expected string, received undefined"; here that is "is required". A message set
 * on a schema itself (e.g. "must be a whole number of people") takes precedence over this map.
 */
import type { z } from 'zod';

const KINDS: Record<string, string> = {
  string: 'a text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
};

/** A value as it would appear in the file, cut short. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'an object';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v)).join(', ');
  return values.length > 12 ? `${shown}, …` : shown;
}

function count(n: number | bigint, what: string): string {
  return `${n} ${what}${Number(n) === 1 ? '' : 's'}`;
}

type RawIssue = z.core.$ZodRawIssue;

export function scenarioErrorMap(issue: RawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'is required';
      const expected = KINDS[issue.expected] ?? issue.expected;
      return `must be ${expected} (got ${describeValue(input)})`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])} (got ${describeValue(input)})`
        : `must be one of ${oneOf(issue.values)} (got ${describeValue(input)})`;
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discriminator && options) {
        const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[discriminator] : undefined;
        if (typeof input !== 'object' || input === null || Array.isArray(input)) return `must be an object with "${discriminator}": one of ${oneOf(options)}`;
        return value === undefined ? `is required: one of ${oneOf(options)}` : `must be one of ${oneOf(options)} (got ${describeValue(value)})`;
      }
      const kinds = [...new Set(issue.errors.flatMap((list) => list.map((e) => (e.code === 'invalid_type' ? KINDS[e.expected] ?? e.expected : undefined))))].filter(Boolean);
      if (input === undefined) return 'is required';
      return kinds.length === issue.errors.length && kinds.length > 0 ? `must be ${kinds.join(' or ')} (got ${describeValue(input)})` : `does not match any allowed form (got ${describeValue(input)})`;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return `must be at most ${count(max, 'character')}`;
      if (issue.origin === 'array') return `must have at most ${count(max, 'item')}`;
      return issue.inclusive ? `must be at most ${max}` : `must be less than ${max}`;
    }
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string') return Number(min) <= 1 ? 'must not be empty' : `must be at least ${count(min, 'character')}`;
      if (issue.origin === 'array') return `must have at least ${count(min, 'item')}`;
      return issue.inclusive ? `must be at least ${min}` : `must be greater than ${min}`;
    }
    case 'invalid_key':
      return `has a key that is not a valid id (${describeValue(input)}): ${issue.issues[0]?.message ?? 'invalid'}`;
    case 'invalid_format':
      return `is not in the expected format`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
}

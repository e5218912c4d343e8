/**
 * The door every scenario comes through: text or an already-parsed value in, either a scenario
 * with its defaults filled in or every problem found, each as `path: message`. Never throws on bad
 * input and never evaluates anything from it.
 */
import type { z } from 'zod';
import type { Issue } from './issues';
import { formatPath } from './issues';
import { FORBIDDEN_KEYS, LIMITS } from './limits';
import { checkReferences } from './references';
import { checkNumberRanges } from './number-ranges';
import { checkWork } from './work-estimate';
import { FORMAT, Scenario as ScenarioSchema, VERSION } from './schema';
import type { Scenario } from './types';
import { migrate } from './migrate';
import { scenarioErrorMap } from './messages';
import { withSuggestions } from './suggest';
import { countText } from '../text/counts';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: Issue[] };

/** Parses scenario JSON text. */
export function parseScenarioText(text: string): ParseResult {
  if (typeof text !== 'string') return fail('(root)', 'expected the text of a JSON file');
  if (text.length > LIMITS.fileBytes)
    return fail('(root)', `the file is ${countText(text.length)} characters; the limit is ${countText(LIMITS.fileBytes)}`);
  if (text.trim() === '') return fail('(root)', 'the file is empty; a scenario is a JSON object { "format": "fairground.scenario", … }');
  const depth = nestingDepth(text);
  if (depth.depth > LIMITS.depth)
    return fail('(root)', `nested deeper than ${LIMITS.depth} levels at ${lineColumn(text, depth.at)}; a scenario needs about 8`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail('(root)', `not valid JSON: ${describeJsonError(text, e)}`);
  }
  return parseScenario(value);
}

/** Validates a value already parsed from JSON (or built in code). */
export function parseScenario(value: unknown): ParseResult {
  const scan = scanJson(value);
  if (scan.length) return { ok: false, issues: scan };
  if (!isPlainObject(value)) return fail('(root)', 'a scenario must be a JSON object');
  if (value.format !== FORMAT)
    return fail('format', `must be "${FORMAT}" (got ${short(value.format)}); is this a Fairground scenario file?`);
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return fail('version', `must be a whole number; this Fairground reads version ${VERSION}`);
  if (version > VERSION)
    return fail('version', `this file is version ${version}, newer than this Fairground understands (${VERSION}); update Fairground to open it`);
  const migrated = version < VERSION ? migrate(value) : { ok: true as const, value };
  if (!migrated.ok) return { ok: false, issues: migrated.issues };
  const result = ScenarioSchema.safeParse(migrated.value, { error: scenarioErrorMap });
  if (!result.success) {
    // Report the cross-reference problems too, as far as the malformed document allows, so that
    // one round of fixes is enough. checkReferences skips any section it cannot read.
    const shape = zodIssues(result.error.issues);
    const seen = new Set(shape.map((i) => `${i.path}\u0000${i.message}`));
    const refs = checkReferences(migrated.value as Scenario, { tolerant: true }).filter((i) => !seen.has(`${i.path}\u0000${i.message}`));
    return { ok: false, issues: withSuggestions([...shape, ...refs], migrated.value) };
  }
  const refs = checkReferences(result.data);
  if (refs.length) return { ok: false, issues: withSuggestions(refs, result.data) };
  // Valid but asking for work no run can use (a 64 × 64 × 64 intersection): refused here, before
  // any person is generated, with the path and the product that make the work.
  const ranges = checkNumberRanges(result.data);
  if (ranges.length) return { ok: false, issues: ranges };
  const work = checkWork(result.data);
  if (work.length) return { ok: false, issues: work };
  return { ok: true, scenario: result.data };
}

/** Like parseScenario, but throws an Error listing every problem. For presets and tests. */
export function mustParseScenario(value: unknown): Scenario {
  const r = typeof value === 'string' ? parseScenarioText(value) : parseScenario(value);
  if (!r.ok) throw new Error(`invalid scenario:\n${r.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  return r.scenario;
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, issues: [{ path, message }] };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function short(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Turns V8's "at position N" into line and column, which people can find in an editor. */
function describeJsonError(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (${lineColumn(text, Number(m[1]))})`;
}

/** "line L, column C" (both from 1) of a character offset. */
function lineColumn(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * Deepest bracket nesting of JSON text and where it first exceeds the limit, ignoring brackets
 * inside strings. V8's JSON.parse does not recurse, but other engines' parsers may, and this
 * linear scan stops absurd documents before any parser or validator sees them.
 */
function nestingDepth(text: string): { depth: number; at: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \\ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++depth > max) {
        max = depth;
        if (max === LIMITS.depth + 1) at = i;
      }
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) depth--;
  }
  return { depth: max, at };
}

/**
 * Walks the document without recursion: bounds depth and size, rejects prototype keys and values
 * JSON cannot hold (functions, NaN, Infinity) when a caller passes an object built in code.
 */
function scanJson(root: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  let nodes = 0;
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (++nodes > 200_000) return [{ path: '(root)', message: 'the document has more than 200,000 values' }];
    if (path.length > LIMITS.depth) {
      issues.push({ path: formatPath(path.slice(0, LIMITS.depth)), message: `nested deeper than ${LIMITS.depth} levels` });
      if (issues.length >= 50) break;
      continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      // JSON text cannot hold NaN or Infinity, but JSON.parse turns a literal such as 1e999 into Infinity.
      issues.push({ path: formatPath(path), message: `must be a finite number (got ${String(value)})` });
    } else if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      issues.push({ path: formatPath(path), message: `a ${typeof value} is not JSON` });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({ path: formatPath([...path, key]), message: `"${key}" is not allowed as a key` });
          continue;
        }
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
    if (issues.length >= 50) break;
  }
  return issues;
}

function zodIssues(list: readonly z.core.$ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of list) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: formatPath([...path, key]), message: 'unknown field' });
    } else {
      out.push({ path: formatPath(path), message: issue.message });
    }
  }
  return out;
}

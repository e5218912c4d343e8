/**
 * Live validation of the JSON view: the text's draft (if it is JSON at all), the scenario (if it
 * is valid) and every problem as `path: message`, with a line and column for syntax errors.
 */
import type { Issue } from '../../core/scenario/issues';
import { parseScenarioText } from '../../core/scenario/parse';
import type { Scenario } from '../../core/scenario/types';
import { lineColumnAt, lineColumnOf, offsetOf, scanJsonText } from './json-locate';
import type { Draft } from './draft';

export interface TextCheck {
  /** The parsed JSON value, when the text is JSON (valid scenario or not). */
  draft: Draft | undefined;
  scenario: Scenario | undefined;
  issues: Issue[];
  /** Where a syntax error is, when the text is not JSON. */
  syntax: { line: number; column: number; offset: number } | undefined;
}

export function checkText(text: string): TextCheck {
  let draft: Draft | undefined;
  try {
    draft = JSON.parse(text) as Draft;
  } catch {
    draft = undefined;
  }
  const parsed = parseScenarioText(text);
  if (parsed.ok) return { draft, scenario: parsed.scenario, issues: [], syntax: undefined };
  if (draft !== undefined) return { draft, scenario: undefined, issues: parsed.issues, syntax: undefined };
  // Not JSON: make sure the message says where, whatever the JS engine's wording.
  const first = parsed.issues[0];
  const fromMessage = first ? lineColumnOf(first.message) : undefined;
  const errorAt = scanJsonText(text).errorAt ?? 0;
  const at = fromMessage ?? lineColumnAt(text, errorAt);
  const offset = fromMessage ? offsetOf(text, at.line, at.column) : errorAt;
  const issues = parsed.issues.map((issue, i) =>
    i === 0 && !fromMessage && issue.message.startsWith('not valid JSON')
      ? { path: issue.path, message: `${issue.message} (line ${at.line}, column ${at.column})` }
      : issue,
  );
  return { draft: undefined, scenario: undefined, issues, syntax: { ...at, offset } };
}

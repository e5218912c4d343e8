/**
 * Live validation of the JSON view: the text's draft (if it is JSON at all), the scenario (if it
 * is valid) and every problem as `path: message`, with a line and column for syntax errors.
 */
import type { Issue } from '../../core/scenario/issues';
import { parseScenarioText } from '../../core/scenario/parse';
import type { Scenario } from '../../core/scenario/types';
import { lineColumnAt, lineColumnOf, offsetOf, scanJsonText } from './json-locate';
import type { Draft } from './draft';
import { findSyntaxProblem } from './json-syntax';

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
  // Not JSON: say what is wrong where the mistake is (the missing comma, not the next property).
  const problem = findSyntaxProblem(text);
  const first = parsed.issues[0];
  if (problem && first?.message.startsWith('not valid JSON')) {
    const at = lineColumnAt(text, problem.from);
    const issues = [{ path: first.path, message: `not valid JSON: ${problem.message} (line ${at.line}, column ${at.column})` }, ...parsed.issues.slice(1)];
    return { draft: undefined, scenario: undefined, issues, syntax: { ...at, offset: problem.from } };
  }
  // Other problems of a text that is not JSON (too large, nested too deep) say where themselves.
  const fromMessage = first ? lineColumnOf(first.message) : undefined;
  const errorAt = scanJsonText(text).errorAt ?? 0;
  const at = fromMessage ?? lineColumnAt(text, errorAt);
  const offset = fromMessage ? offsetOf(text, at.line, at.column) : errorAt;
  return { draft: undefined, scenario: undefined, issues: parsed.issues, syntax: { ...at, offset } };
}

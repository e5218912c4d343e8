/**
 * The JSON view's diagnostics: each problem placed where it is in the text. A syntax error at the
 * mistake itself (`findSyntaxProblem`); a validation problem on the line of the key or value it is
 * about (its path located in the text, or its nearest ancestor that is written there).
 */
import { findSyntaxProblem } from './json-syntax';
import { locatePath } from './json-locate';
import type { TextCheck } from './validation';

export interface PlacedProblem {
  from: number;
  to: number;
  message: string;
  /** For "did you mean": the edit that puts the suggested id in place of the unknown one. */
  fix?: { label: string; from: number; to: number; insert: string };
}

/** The edit behind a "did you mean" message: the unknown id's string, within `range`, replaced. */
function suggestionFix(text: string, range: { start: number; end: number }, message: string): PlacedProblem['fix'] {
  const m = /unknown (?:attribute|policy|category) "([^"]*)".*did you mean "([^"]*)"\?$/.exec(message);
  if (!m) return undefined;
  const [, unknown = '', suggested = ''] = m;
  const quoted = JSON.stringify(unknown);
  const at = text.slice(range.start, range.end).lastIndexOf(quoted);
  if (at < 0) return undefined;
  const from = range.start + at;
  return { label: `Use "${suggested}"`, from, to: from + quoted.length, insert: JSON.stringify(suggested) };
}

export function placeProblems(text: string, check: TextCheck | undefined): PlacedProblem[] {
  if (!check) return [];
  if (check.syntax) {
    const problem = findSyntaxProblem(text);
    const at = problem ?? { from: check.syntax.offset, to: check.syntax.offset + 1, message: check.issues[0]?.message ?? 'not valid JSON' };
    return [{ from: Math.min(at.from, text.length), to: Math.min(Math.max(at.to, at.from + 1), text.length), message: at.message }];
  }
  return check.issues.map((issue) => {
    const range = locatePath(text, issue.path) ?? { start: 0, end: Math.min(1, text.length) };
    // Underline the first line of a long object or list, not all of it.
    const lineEnd = text.indexOf('\n', range.start);
    const to = lineEnd >= 0 && lineEnd < range.end ? lineEnd : range.end;
    const fix = suggestionFix(text, range, issue.message);
    return { from: range.start, to: Math.max(to, range.start + 1), message: `${issue.path}: ${issue.message}`, ...(fix ? { fix } : {}) };
  });
}

/**
 * Where a JSON syntax error really is, in words. JSON.parse (and a plain scan) stop at the token
 * after the mistake — with a missing comma, at the next property — so the message and the range
 * here point back at the mistake itself: the value the comma should follow, the comma to remove,
 * the key the colon should follow.
 */
import { scanJsonText } from './json-locate';

export interface SyntaxProblem {
  from: number;
  to: number;
  message: string;
}

function lastNonSpace(text: string, before: number): number {
  let i = before - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

/** The syntax problem of `text`, or undefined when it is well-formed JSON. */
export function findSyntaxProblem(text: string): SyntaxProblem | undefined {
  const { errorAt, expected } = scanJsonText(text);
  if (errorAt === undefined) return undefined;
  const prev = lastNonSpace(text, errorAt);
  const cur = text[errorAt];
  const before = { from: Math.max(0, prev), to: Math.max(0, prev) + 1 };
  const here = { from: errorAt, to: errorAt + 1 };
  if (cur === undefined || expected === 'string-end')
    return { ...before, message: expected === 'string-end' ? 'this "string" is never closed: a " is missing' : 'the text ends too early: a closing } or ] is missing' };
  if (cur === "'") return { ...here, message: 'use double quotes (") for strings and keys' };
  if (expected === 'comma') return { ...before, message: 'missing comma after this value' };
  if (expected === 'colon') return { ...before, message: 'missing colon (:) after this key' };
  if ((expected === 'key' || expected === 'value') && text[prev] === ',' && (cur === '}' || cur === ']'))
    return { ...before, message: `remove this comma: JSON allows no comma before ${cur}` };
  if (expected === 'key') return { ...here, message: 'expected a "key" in double quotes here' };
  if (expected === 'end') return { ...here, message: 'unexpected text after the end of the scenario' };
  return { ...here, message: `unexpected ${JSON.stringify(cur)} here: expected a value` };
}

/**
 * "Did you mean": an issue about an unknown attribute, policy or category id gets the nearest
 * valid id of that kind appended, when one is close (Levenshtein distance at most a third of the
 * id's length, at least 1, and fewer edits than the id has characters; a match ignoring case always
 * counts). Works on the document as written,
 * which may be malformed: whatever cannot be read offers no suggestions.
 */
import { distance } from 'fastest-levenshtein';
import type { Issue } from './issues';

type Doc = Record<string, unknown>;

function list(value: unknown): Doc[] {
  return Array.isArray(value) ? value.filter((v): v is Doc => typeof v === 'object' && v !== null) : [];
}

function ids(items: Doc[]): string[] {
  return items.map((i) => i.id).filter((id): id is string => typeof id === 'string');
}

/** The candidate closest to `id`, if it is close enough to be a likely typo. */
export function nearestId(id: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === id) continue;
    const d = c.toLowerCase() === id.toLowerCase() ? 0 : distance(id, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  // Fewer edits than the id has characters: "q" is not a typo of "f".
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(id.length / 3)) && bestDistance < id.length ? best : undefined;
}

const UNKNOWN = /^unknown (attribute|policy|category) "([^"]*)"(?: of "([^"]*)")?/;

/** Adds `; did you mean "…"?` to each unknown-id issue that has a likely intended id. */
export function withSuggestions(issues: Issue[], document: unknown): Issue[] {
  if (typeof document !== 'object' || document === null) return issues;
  const doc = document as Doc;
  const attributes = list((doc.population as Doc | undefined)?.attributes);
  const policies = list(doc.policies);
  return issues.map((issue) => {
    const m = UNKNOWN.exec(issue.message);
    if (!m) return issue;
    const [, kind, id = '', of] = m;
    const candidates = kind === 'attribute'
      ? ids(attributes)
      : kind === 'policy'
        ? ids(policies)
        : ids(list(attributes.find((a) => a.id === of)?.categories));
    const near = nearestId(id, candidates);
    return near === undefined ? issue : { ...issue, message: `${issue.message}; did you mean "${near}"?` };
  });
}

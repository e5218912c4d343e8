/**
 * The Node versions fairground runs on: package.json's `engines.node`, which is where every
 * dependency's own `engines` range overlaps (a test checks both). Vite, rolldown and ESLint leave
 * out Node 21, 22 before 22.13, and 23.
 *
 * The check runs first at every start, so it reads the range itself instead of loading semver
 * (~45 kB and some forty regular expressions to build): it knows the two forms the range uses,
 * `^M.m.p` and `>=M[.m[.p]]`, and a test holds it to semver's `satisfies` on many versions.
 */
export const SUPPORTED_NODE = '^20.19.0 || ^22.13.0 || >=24';
const IN_WORDS = 'Node 20.19 or a later 20, 22.13 or a later 22, or 24 and newer';

type Triple = [number, number, number];

/** `M.m.p` (a release: no pre-release part) as numbers, or undefined. */
function release(version: string): Triple | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(\+.*)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether `version` satisfies one alternative of the range: `^M.m.p` (M ≥ 1) or `>=M[.m[.p]]`. */
function satisfiesPart(v: Triple, part: string): boolean {
  const caret = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(part);
  if (caret) {
    const low: Triple = [Number(caret[1]), Number(caret[2]), Number(caret[3])];
    return v[0] === low[0] && compare(v, low) >= 0;
  }
  const atLeast = /^>=(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(part);
  if (atLeast) return compare(v, [Number(atLeast[1]), Number(atLeast[2] ?? 0), Number(atLeast[3] ?? 0)]) >= 0;
  throw new Error(`node-version.ts cannot read the range part "${part}"`);
}

/** Whether `version` is in `range` (alternatives joined by `||`); a pre-release never is, as in semver. */
export function inNodeRange(version: string, range: string): boolean {
  const v = release(version);
  return v !== undefined && range.split('||').some((part) => satisfiesPart(v, part.trim()));
}

/** Why this Node cannot run fairground, in one line, or undefined when it can. */
export function nodeVersionProblem(version: string): string | undefined {
  if (inNodeRange(version, SUPPORTED_NODE)) return undefined;
  return `needs ${IN_WORDS}; this is Node ${version}. Install a current Node LTS and try again.`;
}

/**
 * The Node versions fairground runs on: package.json's `engines.node`, which is where every
 * dependency's own `engines` range overlaps (a test checks both). Vite, rolldown and ESLint leave
 * out Node 21, 22 before 22.13, and 23.
 */
import satisfies from 'semver/functions/satisfies';

export const SUPPORTED_NODE = '^20.19.0 || ^22.13.0 || >=24';
const IN_WORDS = 'Node 20.19 or a later 20, 22.13 or a later 22, or 24 and newer';

/** Why this Node cannot run fairground, in one line, or undefined when it can. */
export function nodeVersionProblem(version: string): string | undefined {
  if (satisfies(version, SUPPORTED_NODE)) return undefined;
  return `needs ${IN_WORDS}; this is Node ${version}. Install a current Node LTS and try again.`;
}

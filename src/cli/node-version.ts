/** The Node versions the command line runs on: the same range as package.json's `engines.node`. */
import satisfies from 'semver/functions/satisfies';

export const SUPPORTED_NODE = '>=20.19';

/** Why this Node cannot run fairground, in one line, or undefined when it can. */
export function nodeVersionProblem(version: string): string | undefined {
  if (satisfies(version, SUPPORTED_NODE)) return undefined;
  return `needs Node ${SUPPORTED_NODE.replace('>=', '')} or newer; this is Node ${version}. Install a current Node LTS (https://nodejs.org) and try again.`;
}

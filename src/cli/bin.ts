/**
 * The `fairground` command line's entry (bundled into dist-cli/fairground.cjs, which
 * dist-cli/fairground.mjs runs). It checks the Node version before anything else runs, then loads
 * the command line.
 */
import { nodeVersionProblem } from './node-version';

// `fairground --help | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`fairground: ${problem}\n`);
  process.exitCode = 1;
} else {
  void import('./main');
}

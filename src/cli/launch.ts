/**
 * dist-cli/fairground.mjs, what `fairground` starts: runs the command line's CommonJS bundle
 * (dist-cli/fairground.cjs, built from bin.ts) through V8's code cache (workers/code-cache.ts).
 * The bundle checks the Node version before anything else in it runs.
 */
import { fileURLToPath } from 'node:url';
import { runBundle, WRITE_CODE_CACHE } from '../../workers/code-cache';

const bundle = runBundle(fileURLToPath(new URL('./fairground.cjs', import.meta.url)));
// For profiling: whether V8 took the cache (FAIRGROUND_TIMINGS prints the run's stage timings too).
if (process.env.FAIRGROUND_TIMINGS) process.stderr.write(`code cache fairground.cjs ${bundle.cache}\n`);
// At build time: the cache is saved once the command is done, with everything it compiled.
if (process.env[WRITE_CODE_CACHE]) process.on('exit', () => bundle.save());

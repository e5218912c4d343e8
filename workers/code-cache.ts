/**
 * Runs a CommonJS bundle of dist-cli/ (the command line, or Node's engine worker) through V8's
 * code cache. Node 20 has no compile cache for ES modules: every start compiled the bundles' 1 MB
 * of JavaScript again (the zod validator alone ~13 ms), and then each function once more, lazily,
 * when first called. A code cache holds the bytecode of every function a representative run
 * compiled; `scripts/build-cli.mjs` writes it beside the bundle (`<bundle>.cache`) at build time.
 *
 * V8 checks the cache (its V8 version, its flags and the source's length, not its text) and
 * rejects one that does not fit: the bundle is then compiled from its source as without a cache,
 * so a missing, corrupt or foreign cache only costs time. The build writes dist-cli/ whole, every
 * cache with its own bundle, so a cache always meets the source it was made from (a bundle edited
 * by hand needs `npm run build:cli`). The bytecode is what V8 would compile from that source, so
 * results cannot depend on it.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** Set (to anything) while the build writes the caches: each loaded bundle saves its own. */
export const WRITE_CODE_CACHE = 'FAIRGROUND_WRITE_CODE_CACHE';

export interface LoadedBundle {
  /** `accepted` or `rejected` by V8, or `none` when there was no cache file. */
  readonly cache: 'accepted' | 'rejected' | 'none';
  /** Writes the bytecode compiled so far to the bundle's cache file (atomically: a new name, then renamed). */
  save(): void;
}

export function cacheFileOf(bundle: string): string {
  return `${bundle}.cache`;
}

/**
 * Compiles and runs `bundle` (a CommonJS file) with its code cache, as Node would run it as a
 * module: its own `require`, `module`, `__filename`, `__dirname`, and `__bundleUrl` (its file URL,
 * which the bundles use where the sources read `import.meta.url`).
 */
export function runBundle(bundle: string): LoadedBundle {
  // A leading `#!` line is only valid at a script's very start: inside the wrapper it becomes a comment.
  const source = readFileSync(bundle, 'utf8').replace(/^#!/, '//');
  const cacheFile = cacheFileOf(bundle);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // One line of wrapper, so line numbers in stack traces are the bundle's own.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __bundleUrl) {${source}\n})`;
  // A dynamic import() in the bundle (of a Node built-in: esbuild bundles the rest) loads as it would in a module.
  const script = new Script(wrapped, { filename: bundle, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle), pathToFileURL(bundle).href);
  return {
    cache,
    save() {
      const temp = `${cacheFile}.${process.pid}-${threadId}.partial`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    },
  };
}

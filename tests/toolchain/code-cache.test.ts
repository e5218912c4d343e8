/**
 * The code cache the built command line starts from (workers/code-cache.ts): a bundle runs as a
 * CommonJS module whether V8 takes its cache, rejects it (another Node or other V8 flags, a corrupt
 * file) or finds none; the caches built with dist-cli/ are the ones V8 takes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cacheFileOf, runBundle } from '../../workers/code-cache';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist-cli/fairground.mjs');
const run = promisify(execFile);

let made = 0;

/**
 * A CommonJS file that reports what it saw as a module through a global. Each one's source is new
 * (V8 would otherwise reuse its in-memory compilation of an equal source and never read the cache).
 */
function bundleFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fairground-code-cache-')), 'bundle.cjs');
  writeFileSync(
    file,
    `#!/usr/bin/env node
// bundle ${++made} of process ${process.pid}
const { basename } = require('node:path');
const square = (n) => n * n;
module.exports.seen = { name: basename(__filename), dir: __dirname, url: __bundleUrl, square: square(7), self: this === module.exports };
globalThis.__codeCacheProbe = module.exports.seen;
globalThis.__codeCacheBuiltin = import('node:path').then((m) => typeof m.join);
`,
  );
  return file;
}

function probe(): unknown {
  return (globalThis as { __codeCacheProbe?: unknown }).__codeCacheProbe;
}

describe('running a bundle through the code cache', () => {
  it('runs it as a CommonJS module (require, module, __filename, __dirname, its URL, import() of a built-in; a #! line is allowed) with no cache file', async () => {
    const file = bundleFile();
    expect(runBundle(file).cache).toBe('none');
    expect(probe()).toEqual({ name: 'bundle.cjs', dir: resolve(file, '..'), url: pathToFileURL(file).href, square: 49, self: true });
    expect(await (globalThis as { __codeCacheBuiltin?: Promise<string> }).__codeCacheBuiltin).toBe('function');
  });

  it('takes the cache it saved, and runs the same', () => {
    const file = bundleFile();
    runBundle(file).save();
    expect(readFileSync(cacheFileOf(file)).length).toBeGreaterThan(0);
    expect(runBundle(file).cache).toBe('accepted');
    expect(probe()).toMatchObject({ name: 'bundle.cjs', square: 49 });
  });

  it('compiles from the source when V8 rejects the cache: a corrupt file, or a cache of another source', () => {
    const file = bundleFile();
    writeFileSync(cacheFileOf(file), 'not a code cache');
    expect(runBundle(file).cache).toBe('rejected');
    expect(probe()).toMatchObject({ square: 49 });

    // (A file not run before in this process: V8 would reuse its compilation of the first.)
    const next = bundleFile();
    const other = bundleFile();
    writeFileSync(other, `${readFileSync(other, 'utf8')}globalThis.__codeCacheProbe = 'other';\n`);
    runBundle(other).save();
    writeFileSync(cacheFileOf(next), readFileSync(cacheFileOf(other)));
    expect(runBundle(next).cache).toBe('rejected');
    expect(probe()).toMatchObject({ square: 49 });
  });
});

describe('the code caches built with dist-cli/', () => {
  // 70,000 people are three chunks: both workers start.
  it('are taken by V8 on the main thread and in each engine worker', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fairground-cache-run-'));
    const { stderr } = await run(process.execPath, [CLI, 'run', join(ROOT, 'scenarios/default.json'), '--size', '70000', '--workers', '2', '--out', out], {
      env: { ...process.env, FAIRGROUND_TIMINGS: '1' },
    });
    expect(stderr).toContain('code cache fairground.cjs accepted\n');
    expect(stderr.match(/code cache engine\.worker\.tasks\.cjs accepted\n/g)).toHaveLength(2);
  });

  it('a Node with other V8 flags rejects them and the command line runs all the same', async () => {
    const args = [CLI, 'validate', join(ROOT, 'scenarios/default.json')];
    const cached = await run(process.execPath, args);
    const env = { ...process.env, FAIRGROUND_TIMINGS: '1' };
    const rejected = await run(process.execPath, ['--max-old-space-size=3000', ...args], { env });
    expect(rejected.stderr).toContain('code cache fairground.cjs rejected\n');
    expect(rejected.stdout).toBe(cached.stdout);
    expect(cached.stdout).toMatch(/^OK /);
  });
});

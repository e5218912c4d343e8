/**
 * When the workers fill the cores, the CLI has each worker compile its hot functions on its own
 * thread (worker-count.ts `compileOnWorkerThreads`); with a core to spare, V8 compiles in the
 * background as usual. Seen from V8's own trace of its optimizing compiles.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const cores = availableParallelism();

async function compileModes(workers: number): Promise<Set<string>> {
  const out = mkdtempSync(join(tmpdir(), 'fairground-compile-'));
  const args = ['--trace-opt', join(ROOT, 'dist-cli/fairground.mjs'), 'run', join(ROOT, 'scenarios/default.json'), '--workers', String(workers), '--out', out];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  return new Set(stdout.match(/ConcurrencyMode::k\w+/g) ?? []);
}

describe('where the workers compile', () => {
  it('with a worker on every core: on their own threads (synchronous compiles)', async () => {
    expect(await compileModes(cores)).toContain('ConcurrencyMode::kSynchronous');
  }, 60_000);

  it.runIf(cores > 1)('with a core to spare: in the background only', async () => {
    expect(await compileModes(cores - 1)).toEqual(new Set(['ConcurrencyMode::kConcurrent']));
  }, 60_000);
});

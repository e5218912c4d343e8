/**
 * Global setup: builds dist-cli/ (the bundled command line and Node engine worker) when any source
 * is newer than it, so tests that spawn `fairground` or a Node engine worker run the JavaScript
 * that ships, built from the sources under test. vitest.config.ts points the engine at that
 * worker (FAIRGROUND_NODE_WORKER). In watch mode it rebuilds before each rerun.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = ['fairground.mjs', 'fairground.cjs', 'engine.worker.cjs', 'engine.worker.tasks.cjs', 'engine.worker.bundle.cjs'].map((f) => join(ROOT, 'dist-cli', f));
const SOURCES = ['src', 'workers', 'scenarios', 'scripts/build-cli.mjs', 'scripts/cli-bundle.mjs', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), s.mtimeMs);
}

function buildIfStale(): void {
  const sources = Math.max(...SOURCES.map((p) => join(ROOT, p)).filter(existsSync).map(newestMtime));
  if (BUILT.every((f) => existsSync(f) && statSync(f).mtimeMs > sources)) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

export default function setup(project: TestProject): void {
  buildIfStale();
  project.onTestsRerun(() => buildIfStale());
}

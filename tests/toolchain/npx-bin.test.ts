/**
 * How `npx fairground` finds the command. npm's npx loads the checkout's whole dependency tree
 * before running a command that the root package.json names as its own bin, but runs a command
 * found in node_modules/.bin at once. So the root names no bin; the workspace in bin/ does, and
 * `npm install` links node_modules/.bin/fairground to it (with or without install scripts).
 */
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { bin?: unknown; workspaces?: string[]; name: string };

describe('the fairground command for npx', () => {
  it('the root package names no bin; its workspace bin/ names `fairground`', () => {
    const root = readJson('package.json');
    expect(root.bin).toBeUndefined();
    expect(root.workspaces).toEqual(['bin']);
    const workspace = readJson('bin/package.json');
    expect(workspace.name).not.toBe(root.name);
    expect(workspace.bin).toEqual({ fairground: './fairground.mjs' });
  });

  it('node_modules/.bin/fairground is that file, and it runs the built command line', async () => {
    const link = join(ROOT, 'node_modules/.bin/fairground');
    expect(realpathSync(link)).toBe(join(ROOT, 'bin/fairground.mjs'));
    const viaLink = await run(link, ['--help']);
    const direct = await run(process.execPath, [join(ROOT, 'dist-cli/fairground.mjs'), '--help']);
    expect(viaLink.stdout).toMatch(/^Usage: fairground /);
    expect(viaLink.stdout).toBe(direct.stdout);
  });
});

/** How the end-to-end tests find a Chromium, and what they do when there is none (on stand-in machines). */
import { describe, expect, it } from 'vitest';
import { chromiumPlan, findChromium, INSTALL_HINT } from '../e2e/chromium';
import type { Machine } from '../e2e/chromium';

function machine(executables: string[], env: Record<string, string> = {}, who: Partial<Machine> = {}): Machine {
  return { env: { PATH: '/usr/local/bin:/usr/bin:/opt/google/chrome', ...env }, isExecutable: (p) => executables.includes(p), isRoot: false, isDebian: true, ...who };
}

describe('findChromium', () => {
  it('takes FAIRGROUND_CHROMIUM first, then CHROME_PATH', () => {
    const both = { FAIRGROUND_CHROMIUM: '/a/chrome', CHROME_PATH: '/b/chrome' };
    expect(findChromium(machine(['/a/chrome', '/b/chrome', '/usr/bin/chromium'], both))).toEqual({ kind: 'found', path: '/a/chrome' });
    expect(findChromium(machine(['/b/chrome', '/usr/bin/chromium'], { CHROME_PATH: '/b/chrome' }))).toEqual({ kind: 'found', path: '/b/chrome' });
  });

  it('a variable naming a missing file is reported, not skipped over', () => {
    const found = findChromium(machine(['/usr/bin/chromium'], { FAIRGROUND_CHROMIUM: '/nowhere/chrome' }));
    expect(found).toEqual({ kind: 'bad-env', message: expect.stringContaining('FAIRGROUND_CHROMIUM=/nowhere/chrome is not an executable file') });
  });

  it("then Debian's /usr/bin/chromium, then chromium or google-chrome on PATH, in PATH order", () => {
    expect(findChromium(machine(['/usr/bin/chromium', '/usr/local/bin/chromium']))).toEqual({ kind: 'found', path: '/usr/bin/chromium' });
    expect(findChromium(machine(['/usr/local/bin/chromium']))).toEqual({ kind: 'found', path: '/usr/local/bin/chromium' });
    expect(findChromium(machine(['/opt/google/chrome/google-chrome']))).toEqual({ kind: 'found', path: '/opt/google/chrome/google-chrome' });
    expect(findChromium(machine(['/usr/bin/google-chrome-stable', '/usr/local/bin/chromium-browser']))).toEqual({ kind: 'found', path: '/usr/local/bin/chromium-browser' });
    expect(findChromium(machine([]))).toEqual({ kind: 'none' });
  });
});

describe('chromiumPlan', () => {
  it('uses the one found', () => {
    expect(chromiumPlan(machine(['/usr/bin/chromium']))).toEqual({ kind: 'use', path: '/usr/bin/chromium' });
  });

  it("installs Debian's chromium only as root on Debian", () => {
    expect(chromiumPlan(machine([], {}, { isRoot: true, isDebian: true }))).toEqual({ kind: 'install-debian' });
    expect(chromiumPlan(machine([], {}, { isRoot: true, isDebian: false }))).toEqual({ kind: 'stop', message: INSTALL_HINT });
    expect(chromiumPlan(machine([], {}, { isRoot: false, isDebian: true }))).toEqual({ kind: 'stop', message: INSTALL_HINT });
  });

  it('never installs over a variable that names a missing file', () => {
    const plan = chromiumPlan(machine([], { CHROME_PATH: '/x' }, { isRoot: true }));
    expect(plan.kind).toBe('stop');
  });

  it('the stop message is one line that names the package and the variable', () => {
    expect(INSTALL_HINT).not.toContain('\n');
    expect(INSTALL_HINT).toContain('apt-get install chromium');
    expect(INSTALL_HINT).toContain('FAIRGROUND_CHROMIUM');
  });
});

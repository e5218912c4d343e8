/**
 * Finding a Chromium for the end-to-end tests, and what to do when there is none. Nothing here
 * downloads a browser: it uses one that is installed, or Debian's `chromium` package.
 *
 * Search order: $FAIRGROUND_CHROMIUM, $CHROME_PATH, /usr/bin/chromium, then `chromium`,
 * `chromium-browser`, `google-chrome` and `google-chrome-stable` on $PATH.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const ENV_VARS = ['FAIRGROUND_CHROMIUM', 'CHROME_PATH'] as const;
export const DEBIAN_PATH = '/usr/bin/chromium';
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** What the search may look at; the real machine by default, a stand-in in tests. */
export interface Machine {
  env: Readonly<Record<string, string | undefined>>;
  /** True when `path` is an executable file. */
  isExecutable(path: string): boolean;
  isRoot: boolean;
  isDebian: boolean;
}

export function thisMachine(): Machine {
  return {
    env: process.env,
    isExecutable,
    isRoot: process.getuid?.() === 0,
    isDebian: isFile('/etc/debian_version') && isExecutable('/usr/bin/apt-get'),
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return isFile(path);
  } catch {
    return false;
  }
}

export type ChromiumSearch =
  | { kind: 'found'; path: string }
  /** An environment variable names a file that is not an executable: say so, never look elsewhere. */
  | { kind: 'bad-env'; message: string }
  | { kind: 'none' };

export function findChromium(machine: Machine): ChromiumSearch {
  for (const name of ENV_VARS) {
    const value = machine.env[name];
    if (!value) continue;
    if (machine.isExecutable(value)) return { kind: 'found', path: value };
    return { kind: 'bad-env', message: `${name}=${value} is not an executable file: point it at a Chromium or Chrome executable, or unset it.` };
  }
  if (machine.isExecutable(DEBIAN_PATH)) return { kind: 'found', path: DEBIAN_PATH };
  const dirs = (machine.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of PATH_NAMES)
    for (const dir of dirs) {
      const path = join(dir, name);
      if (machine.isExecutable(path)) return { kind: 'found', path };
    }
  return { kind: 'none' };
}

/** The one line printed when the tests cannot get a Chromium. */
export const INSTALL_HINT =
  "end-to-end tests need Chromium: install it (Debian/Ubuntu: 'sudo apt-get install chromium') or set FAIRGROUND_CHROMIUM to a Chromium or Chrome executable.";

export type ChromiumPlan =
  | { kind: 'use'; path: string }
  | { kind: 'install-debian' }
  | { kind: 'stop'; message: string };

/** Use the Chromium found; else install Debian's when root on Debian; else stop with one line. */
export function chromiumPlan(machine: Machine): ChromiumPlan {
  const search = findChromium(machine);
  if (search.kind === 'found') return { kind: 'use', path: search.path };
  if (search.kind === 'bad-env') return { kind: 'stop', message: search.message };
  if (machine.isRoot && machine.isDebian) return { kind: 'install-debian' };
  return { kind: 'stop', message: INSTALL_HINT };
}

/** The Chromium to launch; the e2e global setup has made sure there is one. */
export function chromiumPath(): string {
  const search = findChromium(thisMachine());
  if (search.kind !== 'found') throw new Error(search.kind === 'bad-env' ? search.message : INSTALL_HINT);
  return search.path;
}

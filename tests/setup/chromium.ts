/**
 * Global setup of the end-to-end project: makes sure a Chromium is there before any browser test
 * starts. As root on Debian it installs Debian's `chromium` once; otherwise, with none found, the
 * run stops at once with one line saying what to install (no stack trace from deep in a test).
 */
import { execFileSync } from 'node:child_process';
import { chromiumPlan, findChromium, thisMachine } from '../e2e/chromium';

function stop(message: string): never {
  process.stderr.write(`\nfairground tests: ${message}\n`);
  process.exit(1);
}

export default function setup(): void {
  const plan = chromiumPlan(thisMachine());
  if (plan.kind === 'use') return;
  if (plan.kind === 'stop') stop(plan.message);
  process.stderr.write("fairground tests: no Chromium found; installing Debian's chromium (apt-get install chromium)…\n");
  const apt = { stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  try {
    execFileSync('apt-get', ['update', '-qq'], apt);
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], apt);
  } catch {
    stop("installing Debian's chromium failed (see apt-get's message above): install it with 'apt-get install chromium', or set FAIRGROUND_CHROMIUM.");
  }
  if (findChromium(thisMachine()).kind !== 'found') stop("apt-get installed chromium but /usr/bin/chromium is still missing: set FAIRGROUND_CHROMIUM to the executable.");
}

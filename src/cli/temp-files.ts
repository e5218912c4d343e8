/**
 * Temporary output files to remove if the process is interrupted (Ctrl-C, `kill`), so an
 * interrupted export leaves nothing behind. A process killed outright (SIGKILL) cannot clean up:
 * its temporary files keep their `.partial` names and never pass for finished outputs.
 */
import { rmSync } from 'node:fs';

const pending = new Set<string>();
let installed = false;

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export function removeOnExit(file: string): void {
  pending.add(file);
  if (installed) return;
  installed = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES))
    process.once(signal, () => {
      for (const f of pending) rmSync(f, { force: true });
      process.exit(code);
    });
}

export function forgetOnExit(file: string): void {
  pending.delete(file);
}

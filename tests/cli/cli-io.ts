/** A CliIo that collects what the CLI writes, for in-process tests. */
import type { CliIo } from '../../src/cli/io';

export interface CollectedIo extends CliIo {
  stdout: string;
  stderr: string;
}

export function collectIo(): CollectedIo {
  const io: CollectedIo = {
    stdout: '',
    stderr: '',
    progress: false,
    out: (text) => void (io.stdout += text),
    err: (text) => void (io.stderr += text),
  };
  return io;
}

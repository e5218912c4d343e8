/** Where the CLI writes: the process's streams, or strings collected by a test. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Show live progress on stderr (when it is a terminal). */
  readonly progress: boolean;
}

export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    progress: process.stderr.isTTY === true,
  };
}

/** A user-facing failure: the message is printed as is, without a stack, and the exit code is 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Entry point of the command line: runs the program on the process's arguments and exits with its code. */
import { runCli } from './program';
import { processIo } from './io';

void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});

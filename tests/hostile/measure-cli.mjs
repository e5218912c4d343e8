// Runs the CLI in this process and reports its peak memory on the last line of stderr, so a test
// can check a hostile input is refused within a memory budget (run with --max-old-space-size too).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../../src/cli/program.ts');
const { processIo } = await import('../../src/cli/io.ts');
const code = await runCli(process.argv.slice(2), processIo());
process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;

// Preloaded with `node --import`: reports the process's peak memory on the last line of stderr when
// it exits, so a test can check a hostile input is refused within a memory budget.
process.on('exit', () => process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`));

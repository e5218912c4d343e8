#!/usr/bin/env node
// The command line without npx: `node src/cli/bin.mjs …` starts the plain-JavaScript bundle that
// `npm install` (or `npm run build:cli`) builds into dist-cli/, exactly as `npx fairground …` does.
import { existsSync } from 'node:fs';

const built = new URL('../../dist-cli/fairground.mjs', import.meta.url);
if (existsSync(built)) await import(built.href);
else {
  process.stderr.write('fairground: the command line is not built yet (dist-cli/ is missing): run `npm run build:cli`, then try again.\n');
  process.exitCode = 1;
}

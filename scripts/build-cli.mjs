// Builds the command line and Node's engine worker into plain JavaScript in dist-cli/, so
// `fairground` starts without compiling TypeScript, and writes V8 code caches beside the bundles so
// it starts without compiling JavaScript either (scripts/cli-bundle.mjs says how). `npm install`
// runs this (the `prepare` script); `npm run build:cli` runs it by hand.
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleCli, writeCodeCaches } from './cli-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist-cli`;

rmSync(outdir, { recursive: true, force: true });
const metafile = await bundleCli(root, outdir);
writeCodeCaches(root, outdir);
// Which sources and packages each file holds: tests check what `--help` runs from it.
writeFileSync(`${outdir}/meta.json`, JSON.stringify(metafile));

// Builds the command line and Node's engine worker into plain JavaScript in dist-cli/, so
// `fairground` starts without compiling TypeScript. `npm install` runs this (the `prepare` script);
// `npm run build:cli` runs it by hand. Code splitting keeps each command's modules in their own
// chunks: `fairground --help` loads commander and the program, not the engine or the validator.
//
// web-worker stays external: its Node side starts each worker thread on its own module file, so it
// must load from node_modules, not from inside a chunk.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist-cli`;

/**
 * zod's `z.locales` namespace holds its error messages in some forty languages (about 370 kB of
 * the bundle, parsed at every start of a command that validates); the project reports in English,
 * which zod sets by default from its own `locales/en.js`. So the namespace is built with English only.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from '../locales/en.js';",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: {
    fairground: 'src/cli/bin.ts',
    'engine.worker': 'workers/engine.worker.node.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external: ['web-worker'],
  // Chunks stay beside the entries: spawn-node finds the worker relative to its own chunk.
  chunkNames: '[name]-[hash]',
  // commander is CommonJS and requires Node's built-ins: give each ES module chunk a `require`.
  banner: { js: "import { createRequire as __fgRequire } from 'node:module'; const require = __fgRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
  plugins: [zodEnglishOnly],
});
// Which sources and packages each file holds: tests check what `--help` loads from it.
writeFileSync(`${outdir}/meta.json`, JSON.stringify(metafile));

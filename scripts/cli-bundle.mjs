// How the command line and Node's engine worker are bundled into dist-cli/ (scripts/build-cli.mjs
// runs it; a test builds a variant of the CLI with it). Each is one CommonJS bundle, run by a
// small launcher through V8's code cache (workers/code-cache.ts):
//   fairground.mjs     (src/cli/launch.ts)              → fairground.cjs            (src/cli/bin.ts)
//   engine.worker.cjs  (workers/engine.worker.launch.ts) → engine.worker.tasks.cjs  (workers/engine.worker.node.ts,
//                                                            chunk tasks only: what the CLI's workers run)
//                                                        → engine.worker.bundle.cjs (the same with the coordinator,
//                                                            for runAll: node-engine.ts's singleWorkerChunks)
// The worker's launcher is CommonJS: a worker thread starts sooner on a CommonJS file than on an
// ES module. A bundle holds all its modules, but esbuild wraps every module that is only imported
// lazily (`await import(…)`) in a function run on first use: `fairground --help` runs the program
// and commander, never the validator or the engine. Nothing is left outside the bundles but Node.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

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

const common = { bundle: true, platform: 'node', target: 'node20.19', legalComments: 'linked', logLevel: 'warning', metafile: true };
/**
 * The tasks-only worker bundle: the engine worker's one import of the coordinator (for `runAll`)
 * becomes workers/no-coordinator.ts, and with it zod and jstat drop out (855 → 155 kB).
 */
const tasksOnly = {
  name: 'tasks-only',
  setup(b) {
    b.onResolve({ filter: /\/core\/engine\/run$/ }, (args) =>
      /[\\/]workers[\\/]engine\.worker\.ts$/.test(args.importer) ? { path: `${args.resolveDir}/no-coordinator.ts` } : undefined,
    );
  },
};

/** Where the sources read `import.meta.url`, a CommonJS file reads its own file's URL. */
const fileUrl = { define: { 'import.meta.url': '__bundleUrl' } };

/** Builds the five files into `outdir`; `plugins` run before the project's own. Resolves to esbuild's metafile (all builds). */
export async function bundleCli(root, outdir, plugins = []) {
  // The three CommonJS builds; the launchers pass each bundle its file URL (spawn-node finds the
  // worker's launcher beside it).
  const cjs = { ...common, ...fileUrl, absWorkingDir: root, outdir, outExtension: { '.js': '.cjs' }, format: 'cjs' };
  const builds = await Promise.all([
    build({ ...cjs, entryPoints: { fairground: 'src/cli/bin.ts', 'engine.worker.bundle': 'workers/engine.worker.node.ts' }, plugins: [...plugins, zodEnglishOnly] }),
    build({ ...cjs, entryPoints: { 'engine.worker.tasks': 'workers/engine.worker.node.ts' }, plugins: [...plugins, tasksOnly] }),
    build({ ...common, absWorkingDir: root, entryPoints: { fairground: 'src/cli/launch.ts' }, outdir, outExtension: { '.js': '.mjs' }, format: 'esm' }),
    build({
      ...cjs,
      entryPoints: { 'engine.worker': 'workers/engine.worker.launch.ts' },
      banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
  ]);
  return {
    inputs: Object.assign({}, ...builds.map((b) => b.metafile.inputs)),
    outputs: Object.assign({}, ...builds.map((b) => b.metafile.outputs)),
  };
}

/**
 * Writes the bundles' code caches: runs a small scenario through the built command line (2
 * workers, so the coordinator runs on the main thread as in a large run) with
 * FAIRGROUND_WRITE_CODE_CACHE set, and each bundle saves the bytecode its run compiled. A failure
 * leaves the bundles without a cache (they run, only slower to start) and says so.
 */
export function writeCodeCaches(root, outdir) {
  const out = mkdtempSync(join(tmpdir(), 'fairground-code-cache-'));
  try {
    const args = [join(outdir, 'fairground.mjs'), 'run', join(root, 'scenarios/default.json'), '--size', '4000', '--workers', '2', '--out', out];
    execFileSync(process.execPath, args, { env: { ...process.env, FAIRGROUND_WRITE_CODE_CACHE: '1' }, stdio: 'pipe' });
  } catch (e) {
    process.stderr.write(`build-cli: no code cache written (the command line still runs, only slower to start): ${e.message}\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

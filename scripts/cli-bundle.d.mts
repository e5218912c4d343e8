// Types of cli-bundle.mjs for the TypeScript tests that build a variant of the command line.
import type { Metafile, Plugin } from 'esbuild';

export function bundleCli(root: string, outdir: string, plugins?: Plugin[]): Promise<Pick<Metafile, 'inputs' | 'outputs'>>;
export function writeCodeCaches(root: string, outdir: string): void;

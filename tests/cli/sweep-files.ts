/** Every file under a directory, by relative path, with its text (for byte-for-byte comparisons). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function filesUnder(root: string, skip: (path: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!skip(relative(root, path))) out[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return out;
}

/** The files a sweep's result is made of: everything but the timings. */
export const sweepOutputs = (root: string) => filesUnder(root, (path) => path === 'timings.json' || path.startsWith('shards/'));

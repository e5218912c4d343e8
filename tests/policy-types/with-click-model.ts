/**
 * The index of policy types with the click-model line added, as text: what a developer's edit of
 * src/core/policies/types/index.ts is (one entry in the list, and its import). The CLI test builds
 * the command line from it; the in-process test mocks the index module the same way.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INDEX_LINE } from './click-model';

export const INDEX_FILE = fileURLToPath(new URL('../../src/core/policies/types/index.ts', import.meta.url));
const FIXTURE_FILE = fileURLToPath(new URL('./click-model.ts', import.meta.url));

export function indexWithClickModel(): string {
  const text = readFileSync(INDEX_FILE, 'utf8');
  const end = text.indexOf('] as const;');
  if (end < 0) throw new Error('the index no longer ends its list with "] as const;"');
  return `import { clickModel } from ${JSON.stringify(FIXTURE_FILE)};\n${text.slice(0, end)}${INDEX_LINE}\n${text.slice(end)}`;
}

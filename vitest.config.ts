import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (everything that runs in Node alone: `npm run test:unit`) and `e2e` (the
 * built app in Chromium, and anything else that needs a browser or a cluster). `npm test` runs both.
 * Browser and cluster tests belong under tests/e2e/ or tests/cluster/, or end in .browser.test.ts
 * or .cluster.test.ts.
 */
const OUTSIDE_UNIT = ['tests/e2e/**', 'tests/cluster/**', 'tests/**/*.browser.test.ts', 'tests/**/*.cluster.test.ts'];

export default defineConfig({
  test: {
    exclude: ['node_modules', 'dist', 'dist-cli', 'tests/bench/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Tests that spawn the CLI or a Node engine worker use dist-cli/, built first by the global setup.
    globalSetup: ['tests/setup/build-cli.ts'],
    env: { FAIRGROUND_NODE_WORKER: fileURLToPath(new URL('./dist-cli/engine.worker.cjs', import.meta.url)) },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['node_modules', 'dist', 'dist-cli', 'tests/bench/**', ...OUTSIDE_UNIT] } },
      { extends: true, test: { name: 'e2e', include: OUTSIDE_UNIT.map((g) => (g.endsWith('**') ? `${g}/*.test.ts` : g)), globalSetup: ['tests/setup/chromium.ts'] } },
    ],
  },
});
